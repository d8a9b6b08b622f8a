import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { isPrivateAddress } from './is-private-address.js';

export interface WebhookRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
  allowPrivateUrls: boolean;
}

/** What one attempt got: a status code, or the reason there was no answer. */
export interface WebhookAttemptResult {
  statusCode: number | null;
  error: string | null;
  responseExcerpt: string;
  durationMs: number;
}

const EXCERPT_CHARS = 500;

/**
 * POSTs one delivery. Without the private-URL flag, every address the host resolves to is checked
 * at connection time, so a DNS answer cannot point a delivery at the internal network (rebinding
 * included). Redirects are not followed; the answer is read up to a short excerpt.
 */
export function sendWebhookRequest(request: WebhookRequest): Promise<WebhookAttemptResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const url = new URL(request.url);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!request.allowPrivateUrls && isIP(host) !== 0 && isPrivateAddress(host)) {
    return Promise.resolve(noAnswer(`Refused: ${host} is a private address.`, elapsed()));
  }
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: WebhookAttemptResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const req = send(
      url,
      {
        method: 'POST',
        headers: { ...request.headers, 'content-length': Buffer.byteLength(request.body) },
        agent: false,
        ...(request.allowPrivateUrls ? {} : { lookup: publicOnlyLookup }),
      },
      (res) =>
        readExcerpt(res, (excerpt) =>
          finish({
            statusCode: res.statusCode ?? null,
            error: null,
            responseExcerpt: excerpt,
            durationMs: elapsed(),
          }),
        ),
    );
    const timer = setTimeout(() => {
      req.destroy();
      finish(noAnswer(`No answer within ${request.timeoutMs / 1000} s.`, elapsed()));
    }, request.timeoutMs);
    req.on('error', (error) => finish(noAnswer(error.message, elapsed())));
    req.end(request.body);
  });
}

function noAnswer(error: string, durationMs: number): WebhookAttemptResult {
  return { statusCode: null, error, responseExcerpt: '', durationMs };
}

function readExcerpt(res: IncomingMessage, done: (excerpt: string) => void): void {
  let text = '';
  res.setEncoding('utf8');
  res.on('data', (chunk: string) => {
    text += chunk;
    if (text.length >= EXCERPT_CHARS) res.destroy();
  });
  const end = () => done(text.slice(0, EXCERPT_CHARS));
  res.on('end', end);
  res.on('close', end);
  res.on('error', end);
}

const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...(options as LookupOptions), all: true }, (error, addresses) => {
    if (error) return callback(error, '', 4);
    const list = addresses as LookupAddress[];
    const refused = list.find((entry) => isPrivateAddress(entry.address));
    if (refused || list.length === 0) {
      return callback(new Error(`Refused: ${hostname} resolves to a private address.`), '', 4);
    }
    if ((options as LookupOptions).all) return (callback as unknown as AllCallback)(null, list);
    const [first] = list as [LookupAddress];
    callback(null, first.address, first.family);
  });
};

type AllCallback = (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void;
