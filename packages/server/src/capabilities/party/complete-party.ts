import { and, eq } from 'drizzle-orm';
import {
  allowed,
  checkPartySigned,
  checkSessionSigned,
  isPartysTurn,
  isSigningComplete,
  missingRequiredFields,
  nextState,
  partiesToInviteAfter,
  rolesToNameBeforeCompleting,
  type CompletePartyRequest,
  type PartyOutcome,
} from '@signport/core';
import type { z } from 'zod';
import type { BlobStoreFor } from '../../platform/blobs/blob-store.js';
import type { PathSigner } from '../../platform/blobs/signed-path.js';
import type { Clock } from '../../platform/clock.js';
import type { Config } from '../../platform/config.js';
import type { Database } from '../../platform/db/open-database.js';
import { sessionParties } from '../../platform/db/schema/index.js';
import { ApiError } from '../../platform/errors/api-error.js';
import { enqueueJob } from '../../platform/jobs/enqueue-job.js';
import type { Logger } from '../../platform/logger.js';
import type { PartyPrincipal } from './party-principal.js';
import { SignatureImageRejectedError } from '../../platform/pdf/signature-image-rejected-error.js';
import { validateSignatureImage } from '../../platform/pdf/validate-signature-image.js';
import { FINALIZE_SESSION_JOB } from '../sealing/finalize-session-job.js';
import { finalizeSession } from '../sealing/finalize-session.js';
import { pngFromDataUrl } from '../sealing/png-from-data-url.js';
import { accessSession } from '../sessions/access-session.js';
import { inviteParties } from '../sessions/invite-parties.js';
import { copyToInitiator } from '../sessions/copy-to-initiator.js';
import { recordEvent } from '../sessions/record-event.js';
import type { RequestOrigin } from '../../platform/http/request-origin.js';
import { ruleRefusal } from '../sessions/rule-refusal.js';
import { loadSessionPeople } from '../sessions/session-people.js';
import { checkAttachmentReferences } from './check-attachment-references.js';
import { checkPartyValues, type CheckedValue } from './check-party-values.js';
import {
  assertCurrentDisclosure,
  CONSENT_DISCLOSURE_SHA256,
  hasCurrentConsent,
} from './consent-disclosure.js';
import { loadPartySession } from './load-party-session.js';
import { markActivity } from './mark-activity.js';
import { partyOutcome } from './party-outcome.js';
import { storePartyValues } from './store-party-values.js';

export interface CompletePartyDeps {
  db: Database;
  clock: Clock;
  config: Config;
  paths: PathSigner;
  logger: Logger;
  blobStoreFor: BlobStoreFor;
}

/** Gives the finalize job's worker a head start only if this request could not finish the job itself. */
const FINALIZE_FALLBACK_DELAY_MS = 60_000;

/**
 * A party signs: last values and signature images are checked and stored, required fields must be
 * filled, consent is recorded (disclosure version and hash, time, address, user agent), the next
 * parties are invited, and when this was the last signature the document is finalized. A retry
 * after success answers the same outcome.
 */
export async function completeParty(
  deps: CompletePartyDeps,
  principal: PartyPrincipal,
  input: z.output<typeof CompletePartyRequest>,
  request: RequestOrigin,
): Promise<PartyOutcome> {
  assertCurrentDisclosure(input.consent.disclosureVersion);
  const signatures = Object.entries(input.signatures);
  for (const [fieldId, dataUrl] of signatures) {
    try {
      validateSignatureImage(pngFromDataUrl(dataUrl));
    } catch (error) {
      if (!(error instanceof SignatureImageRejectedError)) throw error;
      throw new ApiError(error.code, error.message, { field: fieldId, cause: error });
    }
  }

  const now = deps.clock();
  const signed = await deps.db.transaction(async (tx) => {
    const { session, parties, values, party } = await loadPartySession(tx, principal);
    if (party.status === 'completed') return { session, party, sealsNow: false };
    if (party.status === 'declined') {
      throw new ApiError('already_completed', 'You have declined to sign.');
    }
    const next = nextState(session.status, 'complete');
    if (!next.ok) throw ruleRefusal(next.error);
    const rules = accessSession(session, parties);
    if (!isPartysTurn(rules, rules.parties, party.id)) {
      throw new ApiError(
        'not_your_turn',
        'Others sign before you; you will be invited when it is your turn.',
      );
    }
    if (party.email === '') {
      throw new ApiError('validation_failed', 'Enter your name and email to sign.', {
        field: 'email',
      });
    }
    // Routing leaves the next role to this signer: finishing without naming it would stall the session.
    const unnamed = rolesToNameBeforeCompleting(party, session.template, rules)[0];
    if (unnamed) {
      throw new ApiError('conflict', 'Name who signs next before you sign.', { field: 'role' });
    }
    const { fields } = session.template;
    const checked: CheckedValue[] = [
      ...checkPartyValues(fields, rules, party.id, input.values),
      ...checkPartyValues(fields, rules, party.id, Object.fromEntries(signatures)),
    ];
    checkAttachmentReferences(fields, checked, values);
    const merged = [
      ...values.filter(
        (entry) =>
          !checked.some(
            (value) => value.fieldId === entry.fieldId && value.partyId === (entry.partyId ?? ''),
          ),
      ),
      ...checked.map((value) => ({ ...value, partyId: value.partyId || null })),
    ];
    const missing = missingRequiredFields(party, fields, merged)[0];
    if (missing) {
      throw new ApiError('validation_failed', `${missing.name} is required.`, {
        field: missing.id,
      });
    }
    const signed = checkPartySigned(party, fields, merged);
    if (!signed.ok) throw ruleRefusal(signed.error);
    const after = parties.map((other) =>
      other.id === party.id ? { ...other, status: 'completed' as const } : other,
    );
    const plan = { signingOrder: session.template.signingOrder, roles: session.template.roles };
    const sealsNow = isSigningComplete(plan, after);
    // The last signature seals the document: one with no signature at all is not a signed record.
    const sessionSigned = sealsNow ? checkSessionSigned(fields, merged) : allowed;
    if (!sessionSigned.ok) throw ruleRefusal(sessionSigned.error);
    const signedDates = fields
      .filter((field) => field.role === party.role && field.type === 'date_signed')
      .map((field) => ({
        fieldId: field.id,
        partyId: party.id,
        value: now.toISOString().slice(0, 10),
      }));
    await storePartyValues(tx, { ...principal, at: now }, [...checked, ...signedDates]);

    // Consent given on an earlier visit stands: its time is when the party accepted, not now.
    const consentStands = hasCurrentConsent(party);
    await tx
      .update(sessionParties)
      .set({
        status: 'completed',
        completedAt: now,
        ...(!consentStands && {
          consentVersion: input.consent.disclosureVersion,
          consentSha256: CONSENT_DISCLOSURE_SHA256,
          consentedAt: now,
        }),
        ip: request.ip,
        userAgent: request.userAgent,
      })
      .where(
        and(eq(sessionParties.id, party.id), eq(sessionParties.accountId, principal.accountId)),
      );
    // A party who is a user of the account signs only as that user (see createPartyLink).
    const event = {
      accountId: principal.accountId,
      sessionId: session.id,
      at: now,
      partyId: party.id,
      userId: party.userId ?? undefined,
      request,
    };
    if (!consentStands)
      await recordEvent(tx, {
        ...event,
        type: 'consented',
        details: {
          disclosureVersion: input.consent.disclosureVersion,
          disclosureSha256: CONSENT_DISCLOSURE_SHA256,
        },
      });
    await recordEvent(tx, { ...event, type: 'signed', details: { email: party.email } });
    await copyToInitiator({ db: tx, clock: deps.clock }, session, { kind: 'signed', party });

    // Completed only once the sealed document exists (see finalizeSession).
    const state = {
      session: { ...session, status: await markActivity(tx, session, now) },
      party: { status: 'completed' as const },
      sealsNow,
    };
    if (sealsNow) {
      await enqueueJob(
        { db: tx, clock: deps.clock },
        {
          kind: FINALIZE_SESSION_JOB,
          payload: { accountId: principal.accountId, sessionId: session.id },
          accountId: principal.accountId,
          runAt: new Date(now.getTime() + FINALIZE_FALLBACK_DELAY_MS),
          idempotencyKey: `finalize:${session.id}`,
        },
      );
      return state;
    }
    const { sender } = await loadSessionPeople(tx, session);
    await inviteParties(
      {
        db: tx,
        clock: deps.clock,
        publicUrl: deps.config.publicUrl,
        partyLinkTtlDays: deps.config.partyLinkTtlDays,
      },
      { session, sender, parties: partiesToInviteAfter(plan, parties, party.id) },
    );
    return state;
  });

  if (!signed.sealsNow) return partyOutcome(deps, signed);
  // Finish now so the signer gets the document; if this fails, the queued job does it later.
  const sealed = await finalizeSession(deps, principal).catch((error: unknown) => {
    deps.logger.warn('finalization deferred to the job', {
      sessionId: principal.sessionId,
      error: error instanceof Error ? error.message : String(error),
    });
    return undefined;
  });
  if (sealed) return partyOutcome(deps, { session: sealed, party: signed.party });
  // Not sealed by this request (deferred, or done by another run): answer what stands now.
  return partyOutcome(deps, await loadPartySession(deps.db, principal));
}
