import { and, eq } from 'drizzle-orm';
import type { SenderValuesRequest } from '@signport/core';
import type { z } from 'zod';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import { signingSessions } from '../../platform/db/schema/index.js';
import type { EmbedPrincipal } from '../embed-tokens/embed-token-claims.js';
import { ApiError } from '../../platform/errors/api-error.js';
import { storePartyValues } from '../party/store-party-values.js';
import { accessSession } from './access-session.js';
import { checkLockedFieldIds, checkSenderValues } from './check-sender-values.js';
import { findSenderSession } from './find-sender-session.js';
import { recordEvent } from './record-event.js';
import type { RequestOrigin } from '../../platform/http/request-origin.js';

/**
 * The sender fills a draft "over the phone" before handing it off: values of any role's shared
 * fields (never signatures) and, optionally, which fields stay locked for the party. Only where the
 * template lets a session be saved incomplete; all values or none.
 */
export async function saveSenderValues(
  deps: { db: Database; clock: Clock },
  principal: EmbedPrincipal,
  sessionId: string,
  input: z.output<typeof SenderValuesRequest>,
  request: RequestOrigin,
): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const { session, parties } = await findSenderSession(tx, principal, sessionId);
    if (!session.template.saveIncomplete) {
      throw new ApiError(
        'conflict',
        'Turn on “save incomplete” in the template to fill a session before handing it off.',
      );
    }
    const checked = checkSenderValues(
      session.template.fields,
      accessSession(session, parties),
      input.values,
    );
    checkLockedFieldIds(session.template.fields, input.lockedFieldIds);
    const now = deps.clock();
    await storePartyValues(
      tx,
      { accountId: session.accountId, sessionId: session.id, at: now },
      checked.map(([fieldId, value]) => ({ fieldId, partyId: '', value })),
    );
    await tx
      .update(signingSessions)
      .set({
        updatedAt: now,
        ...(input.lockedFieldIds && { lockedFieldIds: [...new Set(input.lockedFieldIds)] }),
      })
      .where(
        and(eq(signingSessions.id, session.id), eq(signingSessions.accountId, session.accountId)),
      );
    await recordEvent(tx, {
      accountId: session.accountId,
      sessionId: session.id,
      type: 'saved',
      at: now,
      userId: principal.userId,
      request,
      details: {
        fieldIds: checked.map(([fieldId]) => fieldId),
        ...(input.lockedFieldIds && { lockedFieldIds: input.lockedFieldIds }),
      },
    });
  });
}
