import { and, eq, isNull } from 'drizzle-orm';
import {
  isFieldLocked,
  isPartyEditableState,
  isPartysTurn,
  rolesToNameBeforeCompleting,
  valueFor,
  visibleValues,
  type Locale,
  type PartyView,
} from '@signport/core';
import { listSessionAttachments } from '../attachments/list-session-attachments.js';
import { toAttachment } from '../attachments/to-attachment.js';
import type { PathSigner } from '../../platform/blobs/signed-path.js';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import { sessionParties, signingSessions } from '../../platform/db/schema/index.js';
import type { PartyPrincipal } from './party-principal.js';
import { accessSession } from '../sessions/access-session.js';
import { getAccountSettings } from '../accounts/get-account-settings.js';
import { loadSessionPeople } from '../sessions/session-people.js';
import { copyToInitiator } from '../sessions/copy-to-initiator.js';
import { recordEvent } from '../sessions/record-event.js';
import type { RequestOrigin } from '../../platform/http/request-origin.js';
import { pageImagePath } from '../templates/page-image-path.js';
import { pageSource } from '../sessions/session-documents.js';
import { consentDisclosure } from './consent-disclosure.js';
import { loadPartySession } from './load-party-session.js';
import { markActivity } from './mark-activity.js';
import { radioOptionRects } from './radio-option-rects.js';

/**
 * What this party sees: the pages, their own role's fields with values and locks, what others
 * filled that they may see, the workroom and the consent disclosure. The first look is recorded
 * (`viewed`) and starts a sent session.
 */
export async function getPartyView(
  deps: { db: Database; clock: Clock; paths: PathSigner },
  principal: PartyPrincipal,
  request: RequestOrigin & { locale?: Locale | undefined },
): Promise<PartyView> {
  await recordFirstView(deps, principal, request);
  if (request.locale) await rememberBrowserLocale(deps.db, principal, request.locale);
  const { session, parties, values, party } = await loadPartySession(deps.db, principal);
  const { template } = session;
  const attachments = await listSessionAttachments(deps.db, {
    accountId: session.accountId,
    sessionId: session.id,
    values,
  });
  const rules = accessSession(session, parties);
  const pagesByNumber = new Map(template.pages.map((page) => [page.number, page]));
  // The signing page shows who sends and for which brokerage, in their branding.
  const { sender } = await loadSessionPeople(deps.db, session);
  const account = await getAccountSettings(deps.db, session.accountId);
  const ownField = (fieldId: string, partyId: string | null) => {
    const field = template.fields.find((candidate) => candidate.id === fieldId);
    return partyId === party.id || (partyId === null && field?.role === party.role);
  };

  return {
    session: {
      id: session.id,
      status: session.status,
      templateName: session.templateName,
      sender: {
        name: sender.name,
        email: sender.email,
        ...(sender.branding.logoUrl && { logoUrl: sender.branding.logoUrl }),
        ...(sender.branding.color && { color: sender.branding.color }),
      },
      brokerage: account.name,
      message: session.message,
      saveIncomplete: template.saveIncomplete,
    },
    party: {
      id: party.id,
      role: party.role,
      name: party.name,
      email: party.email,
      status: party.status,
      locale: party.locale ?? request.locale ?? null,
    },
    isMyTurn: isPartyEditableState(session.status) && isPartysTurn(rules, rules.parties, party.id),
    pages: await Promise.all(
      template.pages.map(async (page) => {
        const source = pageSource(session, page.number);
        return {
          number: page.number,
          width: page.width,
          height: page.height,
          imageUrl: await deps.paths.sign(pageImagePath(source.templateId, source.pageNumber)),
          text: page.text,
        };
      }),
    ),
    fields: template.fields
      .filter((field) => field.role === party.role)
      .map((field) => {
        const attachment = attachments.find((candidate) => candidate.fieldId === field.id);
        const optionRects = radioOptionRects(field, template);
        return {
          id: field.id,
          name: field.name,
          type: field.type,
          page: field.page,
          rect: field.rect,
          required: field.required,
          locked: isFieldLocked(field, rules),
          ...(field.options && { options: field.options }),
          ...(optionRects && { optionRects }),
          ...(field.maxLength !== undefined && { maxLength: field.maxLength }),
          value: valueFor(field, party.id, values) ?? null,
          ...(attachment && { attachment: toAttachment(attachment) }),
        };
      }),
    others: visibleValues(
      { kind: 'party', partyId: party.id },
      template.fields,
      values,
      rules.parties,
    )
      .filter((entry) => !ownField(entry.fieldId, entry.partyId))
      .flatMap((entry) => {
        const field = template.fields.find((candidate) => candidate.id === entry.fieldId);
        if (!field || !pagesByNumber.has(field.page)) return [];
        const optionRects = radioOptionRects(field, template);
        return [
          {
            fieldId: field.id,
            partyId: entry.partyId,
            page: field.page,
            rect: field.rect,
            type: field.type,
            value: entry.value,
            ...(optionRects && { optionRects }),
          },
        ];
      }),
    workroom: parties.map((other) => ({
      id: other.id,
      role: other.role,
      roleName: template.roles.find((role) => role.key === other.role)?.name ?? other.role,
      name: other.name,
      status: other.status,
    })),
    consent: consentDisclosure(party),
    rolesToName: rolesToNameBeforeCompleting(
      { id: party.id, role: party.role, status: party.status },
      template,
      rules,
    ),
    roleNames: Object.fromEntries(template.roles.map((role) => [role.key, role.name])),
  };
}

/** The party's first look: `viewed` in the trail, their status, and a sent session now in progress. */
async function recordFirstView(
  deps: { db: Database; clock: Clock },
  principal: PartyPrincipal,
  request: RequestOrigin,
): Promise<void> {
  const now = deps.clock();
  await deps.db.transaction(async (tx) => {
    const firstView = await tx
      .update(sessionParties)
      .set({ viewedAt: now })
      .where(
        and(
          eq(sessionParties.id, principal.partyId),
          eq(sessionParties.accountId, principal.accountId),
          isNull(sessionParties.viewedAt),
        ),
      )
      .returning({
        id: sessionParties.id,
        name: sessionParties.name,
        email: sessionParties.email,
      });
    const [party] = firstView;
    if (!party) return;
    await tx
      .update(sessionParties)
      .set({ status: 'viewed' })
      .where(and(eq(sessionParties.id, principal.partyId), eq(sessionParties.status, 'invited')));
    await recordEvent(tx, {
      accountId: principal.accountId,
      sessionId: principal.sessionId,
      type: 'viewed',
      at: now,
      partyId: principal.partyId,
      request,
    });
    const [session] = await tx
      .select()
      .from(signingSessions)
      .where(eq(signingSessions.id, principal.sessionId));
    if (!session) return;
    await markActivity(tx, session, now);
    await copyToInitiator({ db: tx, clock: deps.clock }, session, { kind: 'viewed', party });
  });
}

/** A party the sender gave no language keeps the one their browser asks for, for later emails. */
async function rememberBrowserLocale(
  db: Database,
  principal: PartyPrincipal,
  locale: Locale,
): Promise<void> {
  await db
    .update(sessionParties)
    .set({ locale })
    .where(
      and(
        eq(sessionParties.id, principal.partyId),
        eq(sessionParties.accountId, principal.accountId),
        isNull(sessionParties.locale),
      ),
    );
}
