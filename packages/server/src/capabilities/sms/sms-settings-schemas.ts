import { z } from 'zod';
import { isTimeZone, multiLineText, singleLineText } from '@signport/core';

const LocalTime = singleLineText()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use HH:MM, 24 hours')
  .meta({ example: '08:00' });

/** `GET|PUT /v1/teams/{id}/sms-settings`: when the team's plan texts may go out. */
export const TeamSmsSettings = z
  .object({
    timeZone: singleLineText()
      .refine(isTimeZone, 'Use an IANA time zone, e.g. America/New_York')
      .meta({ example: 'America/New_York' }),
    sendingWindow: z.object({ start: LocalTime, end: LocalTime }).nullable().meta({
      description: 'Texts due outside it wait until it opens (local time); null sends at any hour',
    }),
  })
  .meta({ id: 'TeamSmsSettings' });
export type TeamSmsSettings = z.infer<typeof TeamSmsSettings>;

/** `GET|PUT /v1/account/sms-settings`: the answer to a contact who texts HELP. */
export const AccountSmsSettings = z
  .object({
    helpText: multiLineText()
      .trim()
      .min(1)
      .max(320)
      .nullable()
      .meta({ description: 'Null: a default naming the account and the agent' }),
  })
  .meta({ id: 'AccountSmsSettings' });
export type AccountSmsSettings = z.infer<typeof AccountSmsSettings>;
