import addressparser from 'nodemailer/lib/addressparser/index.js';

/**
 * The From of an account's emails: the account's name (the brokerage people know) at the system
 * address of `MAIL_FROM`, so replies still go to the Reply-To and SPF/DKIM stay the system's.
 *
 * @example
 * accountSender('Signport <no-reply@signport.test>', 'Shoreline Realty');
 * // '"Shoreline Realty" <no-reply@signport.test>'
 */
export function accountSender(mailFrom: string, accountName: string): string {
  const [system] = addressparser(mailFrom, { flatten: true });
  const name = accountName.replace(/[\r\n]+/g, ' ').trim();
  if (!system?.address || !name) return mailFrom;
  return `"${name.replace(/["\\]/g, '\\$&')}" <${system.address}>`;
}
