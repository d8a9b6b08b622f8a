import { and, eq, notExists } from 'drizzle-orm';
import type { z } from 'zod';
import type { PortalAccessSettings, PortalAccessSetupRequest } from '@signport/core';
import type { Clock } from '../../platform/clock.js';
import type { Database, DbExecutor } from '../../platform/db/open-database.js';
import { clientPortalAccess, clients, portalLogins } from '../../platform/db/schema/index.js';
import { ApiError } from '../../platform/errors/api-error.js';
import { newId } from '../../platform/ids.js';
import type { Caller } from '../accounts/caller.js';
import {
  clientsVisibleTo,
  findClientForCaller,
  type ClientRow,
} from '../clients/find-client-for-caller.js';
import { getPortalAccess } from './get-portal-access.js';
import { revokePortalSessions } from './revoke-portal-sessions.js';
import { emitEvent } from '../webhooks/emit-event.js';

type SetupInput = z.output<typeof PortalAccessSetupRequest>;

/**
 * Sets up (or edits) a client's portal access: a new login profile, or an existing one so that one
 * login serves several clients; the grants; how buyer names appear. Moving a client to another
 * login signs the old login out, and a login left without clients is removed.
 */
export async function setupPortalAccess(
  deps: { db: Database; clock: Clock },
  caller: Caller,
  clientId: string,
  input: SetupInput,
): Promise<PortalAccessSettings> {
  const now = deps.clock();
  const { accountId } = caller;
  return deps.db.transaction(async (tx) => {
    const client = await findClientForCaller(tx, caller, clientId);
    const [previous] = await tx
      .select({ loginId: clientPortalAccess.loginId })
      .from(clientPortalAccess)
      .where(
        and(
          eq(clientPortalAccess.clientId, client.id),
          eq(clientPortalAccess.accountId, accountId),
        ),
      );
    const loginId =
      input.profile.mode === 'new'
        ? await createLogin(tx, client, input.profile.username, now)
        : await findUsableLogin(tx, caller, input.profile.loginProfileId);

    const settings = {
      loginId,
      grants: input.grants,
      buyerNameDisplay: input.buyerNameDisplay,
      updatedAt: now,
    };
    await tx
      .insert(clientPortalAccess)
      .values({ clientId: client.id, accountId, ...settings, createdAt: now })
      .onConflictDoUpdate({ target: clientPortalAccess.clientId, set: settings });

    if (previous && previous.loginId !== loginId) {
      await revokePortalSessions(tx, accountId, { loginId: previous.loginId }, now);
      await tx
        .delete(portalLogins)
        .where(
          and(
            eq(portalLogins.id, previous.loginId),
            eq(portalLogins.accountId, accountId),
            notExists(
              tx
                .select({ clientId: clientPortalAccess.clientId })
                .from(clientPortalAccess)
                .where(eq(clientPortalAccess.loginId, previous.loginId)),
            ),
          ),
        );
    }
    await emitEvent(tx, {
      accountId,
      type: 'portal.access_granted',
      at: now,
      data: { clientId: client.id, loginProfileId: loginId, grants: input.grants },
    });
    return getPortalAccess(tx, { accountId, clientId: client.id });
  });
}

async function createLogin(
  tx: DbExecutor,
  client: ClientRow,
  requestedUsername: string | undefined,
  now: Date,
): Promise<string> {
  const username = requestedUsername ?? client.email;
  if (!username) {
    throw new ApiError(
      'validation_failed',
      'The client has no email address to use as the username: give a username.',
      { field: 'profile.username' },
    );
  }
  const id = newId('plg');
  const [created] = await tx
    .insert(portalLogins)
    .values({
      id,
      accountId: client.accountId,
      username: username.toLowerCase(),
      email: client.email,
      createdAt: now,
      updatedAt: now,
    })
    .onConflictDoNothing()
    .returning({ id: portalLogins.id });
  if (!created) {
    throw new ApiError(
      'conflict',
      `The username "${username}" is taken in this account. Reuse that login profile or choose another username.`,
      { field: 'profile.username' },
    );
  }
  return created.id;
}

/**
 * An existing login of the account. An agent may reuse only a login that already serves one of the
 * clients they may see, so they cannot attach their client to a stranger's login.
 */
async function findUsableLogin(tx: DbExecutor, caller: Caller, loginId: string): Promise<string> {
  const [login] = await tx
    .select({ id: portalLogins.id })
    .from(portalLogins)
    .where(and(eq(portalLogins.id, loginId), eq(portalLogins.accountId, caller.accountId)));
  let usable = login !== undefined;
  if (login && caller.userId) {
    const [served] = await tx
      .select({ clientId: clientPortalAccess.clientId })
      .from(clientPortalAccess)
      .innerJoin(clients, eq(clients.id, clientPortalAccess.clientId))
      .where(and(eq(clientPortalAccess.loginId, login.id), await clientsVisibleTo(tx, caller)))
      .limit(1);
    usable = served !== undefined;
  }
  if (!usable) {
    throw new ApiError('not_found', 'No login profile with this id.', {
      field: 'profile.loginProfileId',
    });
  }
  return loginId;
}
