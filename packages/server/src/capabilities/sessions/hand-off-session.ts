import { and, eq } from 'drizzle-orm';
import type { HandOffRequest } from '@signport/core';
import type { z } from 'zod';
import type { Database } from '../../platform/db/open-database.js';
import { sessionParties, signingSessions } from '../../platform/db/schema/index.js';
import type { EmbedPrincipal } from '../embed-tokens/embed-token-claims.js';
import { ApiError } from '../../platform/errors/api-error.js';
import { newId } from '../../platform/ids.js';
import { findSenderSession } from './find-sender-session.js';
import { recordEvent } from './record-event.js';
import type { RequestOrigin } from '../../platform/http/request-origin.js';
import type { LoadedSession } from './load-session.js';
import { sendSession, type SendSessionDeps } from './send-session.js';
import { loadSessionPeople } from './session-people.js';

/**
 * Hands a draft the sender filled over to the client: they become the party of the first role
 * (unless already one), and the session is sent, so they get an email to take over, check the
 * unlocked fields and sign. Locked fields stay as the sender set them.
 */
export async function handOffSession(
  deps: Omit<SendSessionDeps, 'db'> & { db: Database },
  principal: EmbedPrincipal,
  sessionId: string,
  input: z.output<typeof HandOffRequest>,
  request: RequestOrigin,
): Promise<LoadedSession> {
  return deps.db.transaction(async (tx) => {
    const { session, parties } = await findSenderSession(tx, principal, sessionId);
    if (!session.template.saveIncomplete) {
      throw new ApiError(
        'conflict',
        'Turn on “save incomplete” in the template to hand a session off.',
      );
    }
    if (session.status !== 'draft') {
      throw new ApiError(
        'invalid_state',
        `This session is ${session.status.replace('_', ' ')}: only a draft can be handed off.`,
      );
    }
    const firstRole = [...session.template.roles].sort((a, b) => a.order - b.order)[0];
    if (!firstRole) throw new Error(`Session ${session.id} has no roles.`);
    const known = parties.some(
      (party) => party.role === firstRole.key && party.email === input.email,
    );
    if (!known) {
      await tx.insert(sessionParties).values({
        id: newId('pty'),
        accountId: session.accountId,
        sessionId: session.id,
        position: parties.length,
        role: firstRole.key,
        name: input.name,
        email: input.email,
        status: 'waiting',
      });
    }
    const { sender } = await loadSessionPeople(tx, session);
    const message = input.message ??
      session.message ?? {
        subject: `${sender.name} prepared “${session.templateName}” for you to check and sign`,
        body: `${sender.name} filled in this document with you. Check the details, correct anything that is yours to change (locked values stay as agreed), and sign.`,
      };
    await tx
      .update(signingSessions)
      .set({ message })
      .where(
        and(eq(signingSessions.id, session.id), eq(signingSessions.accountId, session.accountId)),
      );
    await recordEvent(tx, {
      accountId: session.accountId,
      sessionId: session.id,
      type: 'handed_off',
      at: deps.clock(),
      userId: principal.userId,
      request,
      details: { role: firstRole.key, email: input.email },
    });
    return sendSession({ ...deps, db: tx }, principal, session.id, request);
  });
}
