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
import type { AttachmentRow } from '../attachments/to-attachment.js';
import { toAttachment } from '../attachments/to-attachment.js';
import type { PathSigner } from '../../platform/blobs/signed-path.js';
import { accessSession } from '../sessions/access-session.js';
import type { LoadedSession, PartyRow } from '../sessions/load-session.js';
import type { SessionPerson } from '../sessions/session-people.js';
import { pageSource } from '../sessions/session-documents.js';
import { pageImagePath } from '../templates/page-image-path.js';
import { consentDisclosure } from './consent-disclosure.js';
import { radioOptionRects } from './radio-option-rects.js';

/** What the party view is built from besides the session: read by `getPartyView`. */
export interface PartyViewSources {
  attachments: AttachmentRow[];
  sender: SessionPerson;
  brokerage: string;
  locale?: Locale | undefined;
  paths: PathSigner;
}

/** The party view of a loaded session: no database access, only the page image URLs are signed. */
export async function buildPartyView(
  { session, parties, values, party }: LoadedSession & { party: PartyRow },
  { attachments, sender, brokerage, locale, paths }: PartyViewSources,
): Promise<PartyView> {
  const { template } = session;
  const rules = accessSession(session, parties);
  const pagesByNumber = new Map(template.pages.map((page) => [page.number, page]));
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
      brokerage,
      message: session.message,
      saveIncomplete: template.saveIncomplete,
    },
    party: {
      id: party.id,
      role: party.role,
      name: party.name,
      email: party.email,
      status: party.status,
      locale: party.locale ?? locale ?? null,
    },
    isMyTurn: isPartyEditableState(session.status) && isPartysTurn(rules, rules.parties, party.id),
    pages: await Promise.all(
      template.pages.map(async (page) => {
        const source = pageSource(session, page.number);
        return {
          number: page.number,
          width: page.width,
          height: page.height,
          imageUrl: await paths.sign(pageImagePath(source.templateId, source.pageNumber)),
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
