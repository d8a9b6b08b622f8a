import { z } from 'zod';
import { singleLineText } from './text.js';
import { Timestamp } from './common.js';
import { SessionStateSchema } from './session.js';
import { SigningOrderSchema } from './template.js';

/**
 * Where a party stands, as the workroom shows it: `in_progress` once they saved something without
 * signing yet, `signed` once they completed.
 */
export const workroomStatuses = [
  'waiting',
  'invited',
  'viewed',
  'in_progress',
  'signed',
  'declined',
] as const;
export const WorkroomStatus = z.enum(workroomStatuses).meta({ id: 'WorkroomStatus' });
export type WorkroomStatus = z.infer<typeof WorkroomStatus>;

/** One person of the workroom: how far they are, never what they filled. */
export const WorkroomMember = z
  .object({
    id: singleLineText(),
    name: singleLineText(),
    email: singleLineText().meta({
      description:
        'In full for the sender, the initiator and the party themselves; masked (`s***@e***.com`) when one party looks at another',
    }),
    you: z.boolean().meta({ description: 'This is the party whose signing link asks' }),
    status: WorkroomStatus,
    statusSince: Timestamp.nullable().meta({
      description: 'When the party reached this status; null while waiting for their turn',
    }),
    progress: z
      .object({
        filled: z.int().min(0),
        required: z.int().min(0),
      })
      .meta({ description: 'Required fields of their role filled so far, counts only' }),
  })
  .meta({ id: 'WorkroomMember' });
export type WorkroomMember = z.infer<typeof WorkroomMember>;

export const WorkroomRole = z
  .object({
    key: singleLineText(),
    name: singleLineText(),
    order: z.int().meta({ description: 'Signing order: lower first; equal numbers together' }),
    parties: z.array(WorkroomMember).meta({ description: 'Empty until someone is named for it' }),
  })
  .meta({ id: 'WorkroomRole' });
export type WorkroomRole = z.infer<typeof WorkroomRole>;

/** `GET /v1/party/workroom`, `GET /v1/sessions/{id}/workroom`: who signs, by role, and how far each is. */
export const Workroom = z
  .object({
    session: z.object({
      id: singleLineText(),
      status: SessionStateSchema,
      templateName: singleLineText(),
      signingOrder: SigningOrderSchema,
      sender: z.object({ name: singleLineText() }),
      initiator: z.object({ name: singleLineText() }),
    }),
    roles: z.array(WorkroomRole).meta({ description: 'In signing order' }),
  })
  .meta({ id: 'Workroom' });
export type Workroom = z.infer<typeof Workroom>;
