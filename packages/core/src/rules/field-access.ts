import { isPerPartyField, type FieldType, type ValueEntry } from './field-model.js';
import { allowed, refuse, type Check } from './rule-result.js';
import { isPartyEditableState, type SessionState } from './session-state.js';
import { isPartysTurn, type PartyProgress, type SigningPlan } from './signing-order.js';

/**
 * Who is editing: a party through their link, or the sender filling the draft "over the phone" before
 * handing it off.
 */
export type Actor = { kind: 'party'; partyId: string } | { kind: 'sender' };

export interface AccessField {
  id: string;
  role: string;
  type: FieldType;
  /** Locked in the template. */
  locked: boolean;
  /** Hidden from other parties; attachments are always private. */
  private?: boolean | undefined;
}

export interface AccessSession extends SigningPlan {
  state: SessionState;
  parties: readonly PartyProgress[];
  /** Fields the sender locked for this session only, on top of the template's locks. */
  lockedFieldIds?: readonly string[] | undefined;
}

export function isFieldLocked(
  field: AccessField,
  session: Pick<AccessSession, 'lockedFieldIds'>,
): boolean {
  return field.locked || (session.lockedFieldIds ?? []).includes(field.id);
}

export function isPrivateField(field: Pick<AccessField, 'type' | 'private'>): boolean {
  return field.type === 'attachment' || field.private === true;
}

function senderMayEdit(field: AccessField, session: AccessSession): Check {
  if (session.state !== 'draft') {
    return refuse(
      'invalid_state',
      'The session was handed off: only its parties edit it now',
      field.id,
    );
  }
  // Locked fields are the sender's to set; signing is always the party's own act.
  if (isPerPartyField(field.type)) {
    return refuse('field_not_yours', 'Only the party can sign or date this field', field.id);
  }
  return allowed;
}

function partyMayEdit(partyId: string, field: AccessField, session: AccessSession): Check {
  const party = session.parties.find((candidate) => candidate.id === partyId);
  if (!party) return refuse('forbidden', 'You are not a party of this session');
  if (!isPartyEditableState(session.state)) {
    const state = session.state.replace('_', ' ');
    return refuse(
      'invalid_state',
      `This session is ${state}: its fields cannot be edited`,
      field.id,
    );
  }
  if (party.status === 'completed')
    return refuse('already_completed', 'You have already signed', field.id);
  if (party.status === 'declined')
    return refuse('already_completed', 'You have declined to sign', field.id);
  if (!isPartysTurn(session, session.parties, party.id)) {
    return refuse(
      'not_your_turn',
      'Others sign before you; you will be invited when it is your turn',
      field.id,
    );
  }
  if (field.role !== party.role)
    return refuse('field_not_yours', 'This field belongs to another party', field.id);
  if (field.type === 'date_signed') {
    return refuse('field_locked', 'The date is filled in automatically when you sign', field.id);
  }
  if (isFieldLocked(field, session))
    return refuse('field_locked', 'This field is locked', field.id);
  // A co-party who signed agreed to the shared values as they stood: changing them now would alter that.
  const coPartySigned = session.parties.some(
    (other) => other.id !== party.id && other.role === party.role && other.status === 'completed',
  );
  if (!isPerPartyField(field.type) && coPartySigned) {
    return refuse(
      'field_locked',
      'Another party of your role has already signed with this value',
      field.id,
    );
  }
  return allowed;
}

/**
 * May this actor set this field now? Refusals, most fundamental first: `forbidden` (not a party),
 * `invalid_state`, `already_completed`, `not_your_turn`, `field_not_yours`, `field_locked`.
 */
export function mayEditField(actor: Actor, field: AccessField, session: AccessSession): Check {
  return actor.kind === 'sender'
    ? senderMayEdit(field, session)
    : partyMayEdit(actor.partyId, field, session);
}

export type Viewer = { kind: 'party'; partyId: string } | { kind: 'sender' };

/**
 * The filled values a viewer may see. The sender sees everything; a party sees their own values and
 * their role's shared values, and others' values unless the field is private.
 */
export function visibleValues(
  viewer: Viewer,
  fields: readonly AccessField[],
  entries: readonly ValueEntry[],
  parties: readonly PartyProgress[],
): ValueEntry[] {
  const filled = entries.filter((entry) => entry.value !== null && entry.value !== '');
  const fieldsById = new Map(fields.map((field) => [field.id, field]));
  if (viewer.kind === 'sender') return filled.filter((entry) => fieldsById.has(entry.fieldId));
  const role = parties.find((party) => party.id === viewer.partyId)?.role;
  if (role === undefined) return [];
  return filled.filter((entry) => {
    const field = fieldsById.get(entry.fieldId);
    if (!field) return false;
    const own = entry.partyId === viewer.partyId || (entry.partyId === null && field.role === role);
    return own || !isPrivateField(field);
  });
}
