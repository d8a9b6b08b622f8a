import type { AuditEvent, TemplateRole, UserRef } from '@signport/core';
import type { PartyRow } from './load-session.js';

/** The people and roles an event's ids stand for. */
export interface EventNames {
  senderId: string;
  roles: readonly TemplateRole[];
  parties: readonly Pick<PartyRow, 'id' | 'name' | 'email' | 'role'>[];
  /** Every user an event of the session names (see `loadEventNames`). */
  users: ReadonlyMap<string, Pick<UserRef, 'name'>>;
}

export type DescribedEvent = Pick<AuditEvent, 'type' | 'partyId' | 'userId' | 'details'>;

/**
 * One event in words, saying who did what to whom: "Betty Agent invited Bob Buyer", "Betty Agent
 * minted a signing link for Bernie OfficeManager". Events nobody caused (an invitation after the
 * previous signer finished, the deadline) say what happened, in the passive.
 */
export function describeEvent(event: DescribedEvent, names: EventNames): string {
  const { details } = event;
  const userName = (id: string) => names.users.get(id)?.name ?? 'a former user';
  const roleName = (key: string) => names.roles.find((role) => role.key === key)?.name ?? key;
  const party = names.parties.find((candidate) => candidate.id === event.partyId);
  const partyName = party ? party.name || party.email || `the ${roleName(party.role)}` : 'a party';
  const user = event.userId ? userName(event.userId) : undefined;
  const actor = user ?? 'Someone';
  const text = (key: string) => (typeof details[key] === 'string' ? details[key] : undefined);
  const emailed = `signing link emailed to ${text('email') ?? 'them'}`;
  const reason = text('reason') ? `: ${text('reason')}` : '';

  switch (event.type) {
    case 'created': {
      if (text('form')) return `${partyName} started the session from web form ${text('form')}`;
      const onBehalfOf = text('onBehalfOf');
      return `${actor} created the session${onBehalfOf ? ` for ${userName(onBehalfOf)}` : ''}`;
    }
    case 'sent':
      return `${actor} sent the session${event.userId === names.senderId ? '' : ` for ${userName(names.senderId)}`}`;
    case 'invited':
      return `${user ? `${user} invited ${partyName}` : `${partyName} was invited`} - ${emailed}`;
    case 'reminded': {
      const outcome =
        details.outcome === 'skipped_over_quota'
          ? 'not sent: the sender has no email credits left'
          : emailed;
      return `${user ? `${user} reminded ${partyName}` : `${partyName} was reminded`} - ${outcome}`;
    }
    case 'link_minted':
      return `${actor} minted a signing link for ${partyName}`;
    case 'resume_link_sent':
      return `A link to resume was emailed to ${partyName} (${text('email')})`;
    case 'viewed':
      return `${partyName} viewed the document`;
    case 'saved':
      if (!party) return `${actor} filled in values`;
      return text('contact')
        ? `${partyName} entered their contact details`
        : `${partyName} saved their progress`;
    case 'initialed_all': {
      const count = typeof details.count === 'number' ? details.count : 0;
      return `${partyName} initialed ${count} initials ${count === 1 ? 'field' : 'fields'} at once with “Initial all”, after confirming`;
    }
    case 'consented':
      return `${partyName} consented to sign electronically (disclosure ${text('disclosureVersion')})`;
    case 'named_party': {
      const emails = Array.isArray(details.emails) ? details.emails.join(', ') : '';
      return `${party ? partyName : actor} named the ${roleName(text('role') ?? '')}: ${emails}`;
    }
    case 'signed':
      return `${partyName} signed as ${party ? roleName(party.role) : 'a party'}`;
    case 'declined':
      return `${partyName} declined to sign${reason}`;
    case 'attached':
      return `${partyName} attached ${text('filename')}`;
    case 'handed_off':
      return `${actor} handed the session off to ${text('email')} as ${roleName(text('role') ?? '')}`;
    case 'completed':
      return 'Every party signed; the document was sealed';
    case 'expired':
      return details.reason === 'abandoned'
        ? 'The web form draft expired unfinished'
        : 'The session expired';
    case 'voided':
      return `${actor} voided the session${reason}`;
  }
}
