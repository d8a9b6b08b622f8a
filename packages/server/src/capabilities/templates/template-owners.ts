import { resolveSenderFor } from '../delegations/resolve-sender-for.js';
import { sendersInScope } from '../delegations/senders-in-scope.js';
import type { DbExecutor } from '../../platform/db/open-database.js';
import type { EmbedPrincipal } from '../embed-tokens/embed-token-claims.js';
import type { TemplateViewer } from './find-template.js';

/**
 * Whose templates the caller may manage: with `senderId`, that sender's alone (403 `forbidden` unless
 * the caller may act for them with the `templates` scope); otherwise their own and those of every
 * principal who granted that scope. Asked on every request, so a revoked delegation counts at once.
 *
 * @example
 * const viewer = await templateOwners(db, c.var.principal, c.req.valid('query').senderId);
 */
export async function templateOwners(
  db: DbExecutor,
  principal: EmbedPrincipal,
  senderId: string | undefined,
): Promise<TemplateViewer> {
  const { accountId, userId: callerId } = principal;
  const ownerIds =
    senderId === undefined
      ? await sendersInScope({ db, accountId, callerId, scope: 'templates' })
      : [
          (await resolveSenderFor({ db, accountId, callerId, senderId, scope: 'templates' }))
            .senderId,
        ];
  return { accountId, ownerIds };
}
