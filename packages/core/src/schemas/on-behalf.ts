import { z } from 'zod';
import { singleLineText, multiLineText } from './text.js';
import { EmailAddress, Id, PageQuery, Timestamp, UserRef, pageOf } from './common.js';

// Contacts, saved instructions and clauses are owned by a sender and may be created on their behalf.

/** Who a resource belongs to and who made it: the same user unless an assistant acted for the owner. */
const ownership = {
  owner: UserRef.meta({ description: 'The sender the resource belongs to' }),
  createdBy: UserRef.meta({ description: 'Who created it, possibly on the owner’s behalf' }),
};

/** `?senderId=` on the on-behalf endpoints: act for, or list the resources of, this principal. */
export const OnBehalfQuery = z.object({
  senderId: Id.optional().meta({
    description: 'Act for this principal; needs the delegation scope of the resource',
  }),
});
export type OnBehalfQuery = z.infer<typeof OnBehalfQuery>;

/** Lists only the senders the caller may act for in the resource's scope, or one of them. */
export const ListOnBehalfQuery = PageQuery.extend(OnBehalfQuery.shape);
export type ListOnBehalfQuery = z.input<typeof ListOnBehalfQuery>;

/** Rejects an update that changes nothing, so a typo in a key is not a silent success. */
function atLeastOneKey(value: object): boolean {
  return Object.keys(value).length > 0;
}
const nothingToUpdate = { message: 'Send at least one field to change' };

const Title = singleLineText().trim().min(1).max(200);
const Phone = singleLineText()
  .trim()
  .min(3)
  .max(40)
  .regex(/^[+0-9 ().-]+$/, 'Use digits, spaces and + ( ) . -');
const Notes = multiLineText().trim().max(5000);

export const CreateContactRequest = z
  .object({
    name: Title,
    email: EmailAddress.optional(),
    phone: Phone.optional(),
    notes: Notes.optional(),
  })
  .meta({ id: 'CreateContactRequest' });
export type CreateContactRequest = z.infer<typeof CreateContactRequest>;

/** Changes the fields sent; `null` clears an optional one. */
export const UpdateContactRequest = z
  .object({
    name: Title.optional(),
    email: EmailAddress.nullable().optional(),
    phone: Phone.nullable().optional(),
    notes: Notes.nullable().optional(),
  })
  .refine(atLeastOneKey, nothingToUpdate)
  .meta({ id: 'UpdateContactRequest', minProperties: 1 });
export type UpdateContactRequest = z.infer<typeof UpdateContactRequest>;

export const Contact = z
  .object({
    id: singleLineText(),
    name: singleLineText(),
    email: singleLineText().nullable(),
    phone: singleLineText().nullable(),
    notes: multiLineText().nullable(),
    ...ownership,
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'Contact' });
export type Contact = z.infer<typeof Contact>;

export const ContactList = pageOf(Contact).meta({ id: 'ContactList' });
export type ContactList = z.infer<typeof ContactList>;

/** A reusable message to parties, picked as a session's message. */
export const CreateInstructionRequest = z
  .object({ title: Title, body: multiLineText().trim().min(1).max(10_000) })
  .meta({ id: 'CreateInstructionRequest' });
export type CreateInstructionRequest = z.infer<typeof CreateInstructionRequest>;

export const UpdateInstructionRequest = CreateInstructionRequest.partial()
  .refine(atLeastOneKey, nothingToUpdate)
  .meta({ id: 'UpdateInstructionRequest', minProperties: 1 });
export type UpdateInstructionRequest = z.infer<typeof UpdateInstructionRequest>;

export const Instruction = z
  .object({
    id: singleLineText(),
    title: singleLineText(),
    body: multiLineText(),
    ...ownership,
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'Instruction' });
export type Instruction = z.infer<typeof Instruction>;

export const InstructionList = pageOf(Instruction).meta({ id: 'InstructionList' });
export type InstructionList = z.infer<typeof InstructionList>;

/** A reusable block of text a sender inserts into a document as an addendum. */
export const CreateClauseRequest = z
  .object({ title: Title, text: multiLineText().trim().min(1).max(20_000) })
  .meta({ id: 'CreateClauseRequest' });
export type CreateClauseRequest = z.infer<typeof CreateClauseRequest>;

export const UpdateClauseRequest = CreateClauseRequest.partial()
  .refine(atLeastOneKey, nothingToUpdate)
  .meta({ id: 'UpdateClauseRequest', minProperties: 1 });
export type UpdateClauseRequest = z.infer<typeof UpdateClauseRequest>;

export const Clause = z
  .object({
    id: singleLineText(),
    title: singleLineText(),
    text: multiLineText(),
    ...ownership,
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'Clause' });
export type Clause = z.infer<typeof Clause>;

export const ClauseList = pageOf(Clause).meta({ id: 'ClauseList' });
export type ClauseList = z.infer<typeof ClauseList>;
