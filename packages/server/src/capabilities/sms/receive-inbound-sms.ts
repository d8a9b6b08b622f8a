import { smsKeyword } from '@signport/core';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import { smsReplies } from '../../platform/db/schema/index.js';
import { newId } from '../../platform/ids.js';
import { recordPlanEvent } from '../plans/record-plan-event.js';
import { findSmsConversation } from './find-sms-conversation.js';
import { notifyAgentOfReply } from './notify-agent-of-reply.js';
import { pausePlansOnReply } from './pause-plans-on-reply.js';
import { recordReplyForClient } from './record-reply-for-client.js';
import { setSmsOptOut } from './set-sms-opt-out.js';
import { smsHelpText } from './sms-help-text.js';

export interface InboundSms {
  /** The provider's message id: a webhook delivered twice is handled once. */
  providerMessageId: string;
  /** The contact's number. */
  from: string;
  /** The agent's number the contact texted. */
  to: string;
  body: string;
}

const stopAnswer =
  'You are unsubscribed and will receive no more texts from this number. Reply START to resubscribe.';
const startAnswer = 'You are subscribed again. Reply STOP to unsubscribe, HELP for help.';

/**
 * Handles a text a contact sent to an agent's number, inside the account that texted them from it
 * (a number we never texted is recorded nowhere): STOP and START opt out and in, HELP is answered
 * with the account's help text, anything else is a reply: on the contact's timeline, in the client's
 * unread messages, emailed to the agent who sent the text, and pausing plans that pause on reply.
 *
 * @returns the text to answer with, if any.
 */
export async function receiveInboundSms(
  deps: { db: Database; clock: Clock },
  sms: InboundSms,
): Promise<string | undefined> {
  return deps.db.transaction(async (tx) => {
    const txDeps = { db: tx, clock: deps.clock };
    const conversation = await findSmsConversation(tx, {
      agentNumber: sms.to,
      contactNumber: sms.from,
    });
    if (!conversation) return undefined;
    const { accountId, agentId, contactId } = conversation;
    const keyword = smsKeyword(sms.body);
    const replyId = newId('smr');
    const [recorded] = await tx
      .insert(smsReplies)
      .values({ id: replyId, accountId, agentId, contactId, ...sms, createdAt: deps.clock() })
      .onConflictDoNothing({ target: smsReplies.providerMessageId })
      .returning({ id: smsReplies.id });
    const firstDelivery = recorded !== undefined;

    switch (keyword) {
      case 'help':
        return smsHelpText(tx, { accountId, agentId });
      case 'stop':
      case 'start':
        if (firstDelivery) {
          await setSmsOptOut(txDeps, {
            accountId,
            phone: sms.from,
            agentId,
            optedOut: keyword === 'stop',
            word: sms.body.trim().toUpperCase(),
          });
        }
        return keyword === 'stop' ? stopAnswer : startAnswer;
      case 'reply': {
        if (!firstDelivery) return undefined;
        const pausedPlans = contactId
          ? await pausePlansOnReply(txDeps, { accountId, contactId, agentId })
          : [];
        if (contactId) {
          await recordPlanEvent(txDeps, {
            accountId,
            contactId,
            kind: 'sms_reply_received',
            planId: conversation.planId,
            agentId,
            replyToAgentId: agentId,
            note: sms.body.replace(/\s+/g, ' ').trim().slice(0, 1600),
          });
        }
        await recordReplyForClient(txDeps, {
          accountId,
          agentId,
          phone: sms.from,
          body: sms.body,
          pausedPlans,
        });
        await notifyAgentOfReply(txDeps, {
          accountId,
          agentId,
          replyId,
          contactId,
          from: sms.from,
          body: sms.body,
          pausedPlans,
        });
        return undefined;
      }
    }
  });
}
