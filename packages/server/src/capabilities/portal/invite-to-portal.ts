import { and, eq } from 'drizzle-orm';
import type { PortalInvite } from '@signport/core';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import { clientPortalAccess, portalLogins, users } from '../../platform/db/schema/index.js';
import { ApiError } from '../../platform/errors/api-error.js';
import type { Caller } from '../accounts/caller.js';
import { findClientForCaller } from '../clients/find-client-for-caller.js';
import { recordClientEvent } from '../clients/record-client-event.js';
import { unbrandedEmail } from '../../platform/mail/render-email-html.js';
import { sendEmail } from '../../platform/mail/send-email.js';
import { createPortalLink } from './create-portal-link.js';
import { portalLinkUrl } from './portal-link-url.js';
import { emitEvent } from '../webhooks/emit-event.js';
import { translate } from '../languages/translate.js';
import { findLoginLocale } from './find-login-locale.js';

/**
 * "Send Login Email": emails the client a single-use link, valid 48 hours, to set their password.
 * Sending again voids the previous link; for a login already in use it is how the agent resets a
 * forgotten password, without ever seeing or choosing it. In the client's language, else that of the
 * login's other clients.
 */
export async function inviteToPortal(
  deps: { db: Database; clock: Clock; publicUrl: string },
  caller: Caller,
  clientId: string,
): Promise<PortalInvite> {
  const now = deps.clock();
  return deps.db.transaction(async (tx) => {
    const client = await findClientForCaller(tx, caller, clientId);
    if (client.status !== 'active') {
      throw new ApiError('invalid_state', 'The client is inactive: set it active before inviting.');
    }
    const [row] = await tx
      .select({ login: portalLogins })
      .from(clientPortalAccess)
      .innerJoin(portalLogins, eq(portalLogins.id, clientPortalAccess.loginId))
      .where(
        and(
          eq(clientPortalAccess.clientId, client.id),
          eq(clientPortalAccess.accountId, caller.accountId),
        ),
      );
    if (!row) {
      throw new ApiError(
        'invalid_state',
        'Set up portal access (PUT …/portal-access) before sending the login email.',
      );
    }
    const { login } = row;
    const sentTo = login.email ?? client.email;
    if (!sentTo) {
      throw new ApiError('invalid_state', 'The client has no email address to send the link to.', {
        field: 'email',
      });
    }
    const [agent] = client.assignedAgentId
      ? await tx
          .select({ name: users.name, email: users.email })
          .from(users)
          .where(and(eq(users.id, client.assignedAgentId), eq(users.accountId, caller.accountId)))
      : [];
    const link = await createPortalLink(tx, {
      accountId: caller.accountId,
      loginId: login.id,
      purpose: 'invite',
      now,
    });
    const url = await portalLinkUrl(tx, {
      accountId: caller.accountId,
      publicUrl: deps.publicUrl,
      token: link.token,
    });
    await tx
      .update(portalLogins)
      .set({ invitedAt: now, email: sentTo, updatedAt: now })
      .where(eq(portalLogins.id, login.id));
    const locale =
      client.locale ??
      (await findLoginLocale(tx, { accountId: caller.accountId, loginId: login.id }));
    const from = agent?.name ?? translate(locale, 'yourAgent');
    const activated = login.activatedAt !== null;
    await sendEmail(
      { db: tx, clock: deps.clock },
      {
        to: [sentTo],
        ...(agent ? { replyTo: agent.email } : {}),
        subject: translate(locale, activated ? 'portalResetSubject' : 'portalInviteSubject'),
        ...unbrandedEmail({
          body: [
            translate(locale, 'greeting', { name: client.name }),
            translate(locale, activated ? 'portalResetByAgentBody' : 'portalInviteBody', {
              agent: from,
            }),
            translate(locale, 'portalUsername', { username: login.username }),
          ].join('\n\n'),
          action: { label: translate(locale, 'portalChoosePassword'), url },
          footnote: translate(locale, 'portalInviteFootnote'),
        }),
      },
      { accountId: caller.accountId, urgent: true },
    );
    await recordClientEvent(
      { db: tx, clock: deps.clock },
      {
        accountId: caller.accountId,
        clientId: client.id,
        category: 'communication',
        kind: 'email',
        summary: activated ? 'Password reset link sent' : 'Client login email sent',
        source: 'signport',
      },
    );
    await emitEvent(tx, {
      accountId: caller.accountId,
      type: 'portal.invite_sent',
      at: now,
      data: {
        clientId: client.id,
        loginProfileId: login.id,
        purpose: activated ? 'reset' : 'activation',
        expiresAt: link.expiresAt.toISOString(),
      },
    });
    return { sentTo, expiresAt: link.expiresAt.toISOString() };
  });
}
