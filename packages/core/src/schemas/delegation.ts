import { z } from 'zod';
import { singleLineText } from './text.js';
import { delegationScopes } from '../rules/sender-resolution.js';
import { Id, Timestamp, UserRef, issueAt } from './common.js';

export const DelegationScopeSchema = z.enum(delegationScopes).meta({ id: 'DelegationScope' });

export const CreateDelegationRequest = z
  .object({
    assistantId: Id,
    principalId: Id.optional().meta({
      description: 'Default: the caller. Required with the secret key',
    }),
    scopes: z
      .array(DelegationScopeSchema)
      .min(1)
      .max(delegationScopes.length)
      .meta({ uniqueItems: true }),
  })
  .superRefine((request, ctx) => {
    if (new Set(request.scopes).size !== request.scopes.length)
      issueAt(ctx, ['scopes'], 'List each scope once');
    if (request.principalId !== undefined && request.principalId === request.assistantId) {
      issueAt(ctx, ['assistantId'], 'A user cannot be their own assistant');
    }
  })
  .meta({ id: 'CreateDelegationRequest' });
export type CreateDelegationRequest = z.infer<typeof CreateDelegationRequest>;

export const Delegation = z
  .object({
    id: singleLineText(),
    assistant: UserRef,
    principal: UserRef,
    scopes: z.array(DelegationScopeSchema),
    createdAt: Timestamp,
    revokedAt: Timestamp.nullable(),
  })
  .meta({ id: 'Delegation' });
export type Delegation = z.infer<typeof Delegation>;

export const DelegationList = z
  .object({ items: z.array(Delegation) })
  .meta({ id: 'DelegationList' });
export type DelegationList = z.infer<typeof DelegationList>;

/** One entry of `<sender-picker>`: the caller (`self`) or a principal with the scopes granted. */
export const SenderChoice = z
  .object({ user: UserRef, self: z.boolean(), scopes: z.array(DelegationScopeSchema) })
  .meta({ id: 'SenderChoice' });
export type SenderChoice = z.infer<typeof SenderChoice>;

/** `GET /v1/me/senders`: the caller first, then every principal. */
export const SenderChoices = z
  .object({ senders: z.array(SenderChoice) })
  .meta({ id: 'SenderChoices' });
export type SenderChoices = z.infer<typeof SenderChoices>;
