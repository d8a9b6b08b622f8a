import { z } from 'zod';
import { UserRef } from '@signport/core';
import { PhoneNumber } from '@signport/core';

const SmsSubscription = z.object({
  number: PhoneNumber.meta({
    description: 'The agent’s SMS number; replies to their texts arrive there',
  }),
  monthlyCredits: z.int().min(0).max(1_000_000),
});

export const AgentSubscriptionsRequest = z
  .object({
    emailMonthlyLimit: z
      .int()
      .min(0)
      .max(10_000_000)
      .nullable()
      .default(null)
      .meta({ description: 'Emails a month; null is the standard 5,000' }),
    sms: SmsSubscription.nullable()
      .default(null)
      .meta({ description: 'The SMS subscription; null for none' }),
  })
  .meta({ id: 'AgentSubscriptionsRequest' });
export type AgentSubscriptionsRequest = z.infer<typeof AgentSubscriptionsRequest>;

export const AgentSubscriptions = z
  .object({
    agent: UserRef,
    emailMonthlyLimit: z.int(),
    sms: SmsSubscription.nullable(),
  })
  .meta({ id: 'AgentSubscriptions' });
export type AgentSubscriptions = z.infer<typeof AgentSubscriptions>;
