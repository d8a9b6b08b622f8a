import type { FieldValue, PartyLink, Session, Template } from '@signport/core';
import { createApp } from '../../src/app.js';
import { createAccount } from '../../src/capabilities/accounts/create-account.js';
import { systemClock } from '../../src/platform/clock.js';
import type { Config } from '../../src/platform/config.js';
import type { Database } from '../../src/platform/db/open-database.js';
import { makePurchaseAgreement } from '../fixtures/make-purchase-agreement.js';
import { makeSignaturePng } from '../fixtures/make-signature-png.js';
import { finalValue } from './crash-trials.js';
import { bearer, json, userWithToken } from './test-server.js';

/** The requests of a signing day, by what the person is doing. */
export const requestKinds = ['view', 'save', 'poll', 'complete', 'dashboard'] as const;
export type RequestKind = (typeof requestKinds)[number];

export interface RequestRecord {
  kind: RequestKind;
  ms: number;
  status: number;
  /** The body of an answer that was not a success. */
  error?: string;
}

export interface SigningDayWorld {
  app: ReturnType<typeof createApp>;
  /** The embed token of each sender, who lists their dashboard, and their template. */
  senders: Array<{ token: string; template: Template }>;
  signature: string;
}

/** A party of a sent session, its signing link, and the values its acknowledged saves wrote. */
export interface DayParty {
  sessionId: string;
  partyId: string;
  role: string;
  token: string;
  template: Template;
  /** Field id → the value of the last save the server acknowledged. */
  saved: Record<string, FieldValue>;
  completed: boolean;
}

/**
 * An account with `senderCount` senders, the purchase agreement as a template whose buyer and seller
 * sign at the same time, and (with `webhookUrl`) an endpoint for every event. Done in process on the
 * database the servers share, before the day starts.
 */
export async function signingDaySetup(
  db: Database,
  config: Config,
  { senderCount, webhookUrl }: { senderCount: number; webhookUrl?: string },
): Promise<SigningDayWorld> {
  const app = createApp({ db, config, clock: systemClock });
  const { secretKey } = await createAccount(
    db,
    { name: 'Signing Day Realty', origins: ['https://www.day.test'] },
    systemClock,
  );
  const pdf = await makePurchaseAgreement();
  const senders: SigningDayWorld['senders'] = [];
  for (let index = 0; index < senderCount; index++) {
    const { token } = await userWithToken(app, secretKey, `sender-${index}`);
    const form = new FormData();
    form.set('file', new Blob([pdf], { type: 'application/pdf' }), 'agreement.pdf');
    form.set('name', 'Residential Purchase Agreement');
    form.set(
      'roles',
      JSON.stringify([
        { key: 'buyer', name: 'Buyer', order: 1 },
        { key: 'seller', name: 'Seller', order: 1 },
      ]),
    );
    const template = await expectOk<Template>(
      await app.request('/v1/templates', { method: 'POST', headers: bearer(token), body: form }),
    );
    senders.push({ token, template });
  }
  if (webhookUrl)
    await expectOk(
      await app.request('/v1/webhooks', json('POST', { url: webhookUrl }, bearer(secretKey))),
    );
  const png = await makeSignaturePng(600, 200);
  const signature = `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
  return { app, senders, signature };
}

/** `count` sent sessions spread over the senders, each with a buyer and a seller and their links. */
export async function createDaySessions(
  { app, senders }: SigningDayWorld,
  count: number,
  label: string,
): Promise<DayParty[][]> {
  const sessions: DayParty[][] = [];
  for (let index = 0; index < count; index++) {
    const sender = senders[index % senders.length];
    if (!sender) throw new Error('a signing day needs a sender');
    const { token, template } = sender;
    const session = await expectOk<Session>(
      await app.request(
        '/v1/sessions',
        json(
          'POST',
          {
            templateId: template.id,
            parties: ['buyer', 'seller'].map((role) => ({
              role,
              name: `${role} ${label}.${index}`,
              email: `${role}.${label}.${index}@example.com`,
            })),
            send: true,
          },
          bearer(token),
        ),
      ),
    );
    const parties: DayParty[] = [];
    for (const party of session.parties) {
      const link = await expectOk<PartyLink>(
        await app.request(`/v1/sessions/${session.id}/parties/${party.id}/link`, {
          method: 'POST',
          headers: bearer(token),
        }),
      );
      parties.push({
        sessionId: session.id,
        partyId: party.id,
        role: party.role,
        token: link.token,
        template,
        saved: {},
        completed: false,
      });
    }
    sessions.push(parties);
  }
  return sessions;
}

/** A timed request; never throws for an HTTP answer, so that failures are counted, not lost. */
export async function timed(
  records: RequestRecord[],
  kind: RequestKind,
  url: string,
  init: RequestInit = {},
): Promise<Response> {
  const started = performance.now();
  const res = await fetch(url, init);
  const body = await res.arrayBuffer();
  const record: RequestRecord = { kind, ms: performance.now() - started, status: res.status };
  if (res.status >= 400) record.error = new TextDecoder().decode(body).slice(0, 300);
  records.push(record);
  return new Response(res.status === 304 ? null : body, {
    status: res.status,
    headers: res.headers,
  });
}

/**
 * One party's signing: views the session, autosaves its text fields `saves` times, polls the
 * workroom twice (the second time with the ETag, as the element does) and signs. Stops at the first
 * failed request.
 */
export async function signAsParty(
  url: string,
  party: DayParty,
  signature: string,
  records: RequestRecord[],
  saves = 3,
): Promise<void> {
  const auth = bearer(party.token);
  const fields = party.template.fields.filter(
    (field) => field.role === party.role && !field.locked,
  );
  const viewed = await timed(records, 'view', `${url}/v1/party`, { headers: auth });
  if (viewed.status !== 200) return;
  const { consent } = (await viewed.json()) as { consent: { version: string } };
  const texts = fields.filter((field) => field.type === 'text');
  for (let save = 1; save <= saves; save++) {
    const values = Object.fromEntries(texts.map((field) => [field.id, `${field.id} ${save}`]));
    const res = await timed(records, 'save', `${url}/v1/party/values`, {
      ...json('PATCH', { values }, auth),
    });
    if (res.status !== 200) return;
    Object.assign(party.saved, values);
  }
  const polled = await timed(records, 'poll', `${url}/v1/party/workroom`, { headers: auth });
  if (polled.status !== 200) return;
  const etag = polled.headers.get('etag') ?? '';
  const again = await timed(records, 'poll', `${url}/v1/party/workroom`, {
    headers: { ...auth, 'if-none-match': etag },
  });
  if (again.status >= 400) return;
  // The text fields keep their last autosaved value: the signature does not send them again.
  const values = Object.fromEntries(
    fields
      .filter((field) => !['text', 'signature', 'initials'].includes(field.type))
      .flatMap((field) => {
        const value = finalValue(field);
        return value === undefined ? [] : [[field.id, value]];
      }),
  );
  const signatures = Object.fromEntries(
    fields
      .filter((field) => field.type === 'signature' || field.type === 'initials')
      .map((field) => [field.id, signature]),
  );
  const completed = await timed(
    records,
    'complete',
    `${url}/v1/party/complete`,
    json(
      'POST',
      { consent: { accepted: true, disclosureVersion: consent.version }, signatures, values },
      auth,
    ),
  );
  if (completed.status !== 200) return;
  Object.assign(party.saved, values, signatures);
  party.completed = true;
}

/** A sender's dashboard, the first page newest first. */
export function listDashboard(url: string, sender: string, records: RequestRecord[]) {
  return timed(records, 'dashboard', `${url}/v1/sessions?limit=25`, { headers: bearer(sender) });
}

export interface DayOutcome {
  records: RequestRecord[];
  /** Parties whose signature was acknowledged. */
  signatures: number;
  /** Sessions whose every party signed. */
  sessionsSigned: number;
  durationMs: number;
}

/**
 * `concurrentSessions` sessions signed at a time (both parties at once) until `sessions` runs out
 * or `durationMs` passes, while every sender lists their dashboard every `dashboardEveryMs`.
 */
export async function runSigningDay(
  url: string,
  world: SigningDayWorld,
  sessions: DayParty[][],
  {
    concurrentSessions,
    durationMs = Number.POSITIVE_INFINITY,
    dashboardEveryMs = 1000,
  }: { concurrentSessions: number; durationMs?: number; dashboardEveryMs?: number },
): Promise<DayOutcome> {
  const records: RequestRecord[] = [];
  const started = performance.now();
  const queue = [...sessions];
  const signed: DayParty[][] = [];
  let signing = true;
  const signer = async () => {
    while (performance.now() - started < durationMs) {
      const parties = queue.shift();
      if (!parties) return;
      await Promise.all(parties.map((party) => signAsParty(url, party, world.signature, records)));
      signed.push(parties);
    }
  };
  const dashboard = async (sender: string, offset: number) => {
    await new Promise((resolve) => setTimeout(resolve, offset));
    while (signing) {
      const listed = performance.now();
      await listDashboard(url, sender, records);
      const wait = dashboardEveryMs - (performance.now() - listed);
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    }
  };
  const dashboards = world.senders.map((sender, index) =>
    dashboard(sender.token, (index * dashboardEveryMs) / world.senders.length),
  );
  await Promise.all(Array.from({ length: concurrentSessions }, signer));
  const durationOfSigning = performance.now() - started;
  signing = false;
  await Promise.all(dashboards);
  return {
    records,
    signatures: signed.flat().filter((party) => party.completed).length,
    sessionsSigned: signed.filter((parties) => parties.every((party) => party.completed)).length,
    durationMs: Math.round(durationOfSigning),
  };
}

async function expectOk<T = unknown>(res: Response): Promise<T> {
  if (res.status >= 300)
    throw new Error(`setup request answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}
