import type { AddressInfo } from 'node:net';
import type { TestContext } from 'node:test';
import { SMTPServer } from 'smtp-server';

/** One message as the SMTP server received it. */
export interface Received {
  mailFrom: string;
  rcptTo: string[];
  raw: string;
}

/**
 * A real SMTP server on a free local port, closed when the test ends. `delayMs` makes it answer
 * each message that much later, like a slow relay.
 */
export async function startSmtpServer(
  t: TestContext,
  { delayMs = 0 }: { delayMs?: number } = {},
): Promise<{ url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        setTimeout(() => {
          received.push({
            mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            rcptTo: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            raw: Buffer.concat(chunks).toString('utf8'),
          });
          callback();
        }, delayMs);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, received };
}

/** A received message decoded enough to check it: headers, text and HTML bodies, attachments. */
export interface ParsedMail {
  headers: Map<string, string>;
  text: string;
  html: string;
  attachments: Array<{ contentType: string; filename: string; bytes: Buffer }>;
}

// Encoded words (RFC 2047) as nodemailer writes non-ASCII headers such as “quoted” subjects.
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_, encoding: string, data: string) =>
      encoding.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64').toString('utf8')
        : decodeQuotedPrintable(data.replace(/_/g, ' ')).toString('utf8'),
    );
}

function decodeQuotedPrintable(body: string): Buffer {
  const joined = body.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const hex = joined.slice(i + 1, i + 3);
    if (joined[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(joined[i] ?? '', 'utf8'));
    }
  }
  return Buffer.from(bytes);
}

function parseEntity(raw: string): { headers: Map<string, string>; body: string } {
  const split = raw.search(/\r?\n\r?\n/);
  const head = split === -1 ? raw : raw.slice(0, split);
  const body = split === -1 ? '' : raw.slice(split).replace(/^\r?\n\r?\n/, '');
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) {
      headers.set(line.slice(0, colon).toLowerCase(), decodeWords(line.slice(colon + 1).trim()));
    }
  }
  return { headers, body };
}

/** Decodes a message from the SMTP server (multipart, quoted-printable, base64). */
export function parseMail(raw: string): ParsedMail {
  const top = parseEntity(raw);
  const mail: ParsedMail = { headers: top.headers, text: '', html: '', attachments: [] };
  const visit = (entity: { headers: Map<string, string>; body: string }) => {
    const contentType = entity.headers.get('content-type') ?? 'text/plain';
    const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
    if (contentType.startsWith('multipart/') && boundary) {
      const parts = entity.body.split(`--${boundary}`).slice(1);
      for (const part of parts) {
        if (part.startsWith('--')) break;
        visit(parseEntity(part.replace(/^\r?\n/, '')));
      }
      return;
    }
    const encoding = (entity.headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
    const bytes =
      encoding === 'base64'
        ? Buffer.from(entity.body.replace(/\s+/g, ''), 'base64')
        : encoding === 'quoted-printable'
          ? decodeQuotedPrintable(entity.body)
          : Buffer.from(entity.body, 'utf8');
    const disposition = entity.headers.get('content-disposition') ?? '';
    if (disposition.startsWith('attachment')) {
      const filename = /filename="?([^";]+)"?/i.exec(disposition)?.[1] ?? '';
      mail.attachments.push({ contentType: contentType.split(';')[0] ?? '', filename, bytes });
    } else if (contentType.startsWith('text/html')) {
      mail.html += bytes.toString('utf8');
    } else if (contentType.startsWith('text/plain')) {
      mail.text += bytes.toString('utf8');
    }
  };
  visit(top);
  return mail;
}
