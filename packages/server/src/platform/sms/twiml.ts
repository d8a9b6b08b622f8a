const escapeXml = (text: string) => text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** A TwiML answer to an inbound text: one reply message, or nothing to send back. */
export function twiml(reply?: string): string {
  const body = reply
    ? `<Response><Message>${escapeXml(reply)}</Message></Response>`
    : '<Response/>';
  return `<?xml version="1.0" encoding="UTF-8"?>${body}`;
}
