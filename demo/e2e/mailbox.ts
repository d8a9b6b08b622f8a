/** One message of the API's dev mailbox (`GET /dev/mailbox.json`). */
export interface MailboxMessage {
  id: string;
  from: string;
  replyTo: string | null;
  to: string[];
  subject: string;
  text: string;
  attachments: Array<{ filename: string; contentType: string; size: number }>;
  createdAt: string;
}

/** Every message in the dev mailbox, oldest first. */
export async function readMailbox(apiUrl: string): Promise<MailboxMessage[]> {
  const response = await fetch(`${apiUrl}/dev/mailbox.json`);
  if (!response.ok) throw new Error(`The dev mailbox answered ${response.status}`);
  const { messages } = (await response.json()) as { messages: MailboxMessage[] };
  return messages.reverse();
}

/**
 * Polls the mailbox until `found` picks a message out of it: emails are delivered by the API's
 * job worker, a moment after the request that caused them.
 */
export async function waitForMessage(
  apiUrl: string,
  description: string,
  found: (message: MailboxMessage) => boolean,
  timeoutMs = 20_000,
): Promise<MailboxMessage> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const message = (await readMailbox(apiUrl)).find(found);
    if (message) return message;
    if (Date.now() > deadline) throw new Error(`No email arrived: ${description}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The signing link of an invitation email. */
export function signingLinkOf(message: MailboxMessage): string {
  const link = /Open the document: (\S+)/.exec(message.text)?.[1];
  if (!link) throw new Error(`No signing link in "${message.subject}"`);
  return link;
}
