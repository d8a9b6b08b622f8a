import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { SignJWT } from 'jose';
import type { Session, Template } from '@signport/core';
import { createApp } from '../../src/app.js';
import type { App } from '../../src/app-context.js';
import type { Config } from '../../src/platform/config.js';
import { migrate } from '../../src/platform/db/migrate.js';
import { openDatabase, type Database } from '../../src/platform/db/open-database.js';
import { partyLinks } from '../../src/platform/db/schema/index.js';
import { EMBED_TOKEN_AUDIENCE } from '../../src/capabilities/embed-tokens/embed-token-claims.js';
import { createEmbedToken } from '../../src/capabilities/embed-tokens/create-embed-token.js';
import { embedTokenKey } from '../../src/capabilities/embed-tokens/embed-token-key.js';
import { createJobHandlers } from '../../src/create-job-handlers.js';
import { runDueJobs } from '../../src/platform/jobs/run-due-jobs.js';
import { listOutboxEmails } from '../../src/platform/mail/list-outbox-emails.js';
import { silentLogger } from '../../src/platform/logger.js';
import { createPlanJobHandlers } from '../../src/capabilities/plans/create-plan-job-handlers.js';
import { outboxSmsProvider } from '../../src/platform/sms/outbox-sms-provider.js';
import { makePurchaseAgreement } from '../fixtures/make-purchase-agreement.js';
import { uploadTemplate } from './signing.js';
import {
  bearer,
  json,
  manualClock,
  seedAccount,
  testConfig,
  type ManualClock,
} from './test-server.js';

const DELEGATION_SCOPES = ['send', 'contacts', 'templates', 'instructions', 'clauses'] as const;

export interface WorldUser {
  id: string;
  externalId: string;
  token: string;
}

/**
 * Two accounts with a bit of everything, for suites that call every operation:
 * Shoreline Realty (account A) where Bernie owns the data, and Harbor Homes (account B).
 */
export interface ApiWorld {
  app: App;
  db: Database;
  config: Config;
  time: ManualClock;
  /** The stack of the last unhandled error the app logged: what a 5xx hides from the client. */
  lastServerError(): string | undefined;
  accountA: { id: string; secretKey: string };
  accountB: { id: string; secretKey: string };
  /** Owns A's templates, sessions, contacts, plans; the clients' agent. */
  bernie: WorldUser;
  /** Bernie's assistant with every scope. */
  betty: WorldUser;
  /** A colleague in A nobody delegated to, with no client of his own. */
  carl: WorldUser;
  /** One assistant of Bernie per delegation scope, holding only that scope. */
  assistants: Record<(typeof DELEGATION_SCOPES)[number], WorldUser>;
  /** A user of account B. */
  hank: WorldUser;
  /** The buyer of session S1 (sent). */
  partyToken: string;
  /** The buyer of a session of account B. */
  otherSessionPartyToken: string;
  /** The seller of S2, whose link expired. */
  expiredPartyToken: string;
  /** The buyer of S3, which was voided (links revoked). */
  revokedPartyToken: string;
  /** An active portal client's access token. */
  portalToken: string;
  /** The access token a portal client held when it was set inactive. */
  inactivePortalToken: string;
  /** Bernie's embed token, expired an hour ago. */
  expiredEmbedToken: string;
  /** Bernie's claims signed with a key that is not the server's. */
  forgedEmbedToken: string;
  /**
   * Real values for path parameters, keyed by the path's collection segments before the
   * parameter (`contacts`, `teams/contacts`, `sessions/parties`…).
   */
  pathValues: Record<string, string>;
  /** Real values for request body and query properties, by name (`templateId`, `senderId`…). */
  propertyValues: Record<string, unknown>;
  close(): Promise<void>;
}

async function expectStatus(res: Response, status: number, what: string): Promise<Response> {
  if (res.status !== status) throw new Error(`${what}: ${res.status} ${await res.text()}`);
  return res;
}

async function firstId(db: Database, table: string): Promise<string | undefined> {
  const rows = (await db.all(sql.raw(`select id from "${table}" order by rowid limit 1`))) as {
    id: string;
  }[];
  return rows[0]?.id;
}

/** A's own credential for one of these security schemes: Bernie, the secret key, S1's buyer or Olive's portal. */
export function ownCredential(world: ApiWorld, schemes: string[]): string | undefined {
  const tokens: Record<string, string> = {
    embedToken: world.bernie.token,
    secretKey: world.accountA.secretKey,
    partyToken: world.partyToken,
    portalToken: world.portalToken,
  };
  return schemes.map((scheme) => tokens[scheme]).find((token) => token !== undefined);
}

/** Builds the world; call `close()` when the suite ends. */
export async function apiWorld({
  onApp,
}: {
  /** Called with the app before the world is built, e.g. to watch every answer. */
  onApp?: (app: App) => Promise<void>;
} = {}): Promise<ApiWorld> {
  const { db, close } = await openDatabase({ url: ':memory:' });
  await migrate(db);
  const config = testConfig({ WEBHOOKS_ALLOW_PRIVATE_URLS: 'true' });
  const time = manualClock();
  let lastServerError: string | undefined;
  const logger = {
    ...silentLogger,
    error: (_message: string, fields: Record<string, unknown> = {}) => {
      if (fields.error !== undefined) lastServerError = String(fields.error);
    },
  };
  const app = createApp({ db, config, clock: time.clock, logger });
  await onApp?.(app);
  const call = (path: string, init: RequestInit) => Promise.resolve(app.request(path, init));
  const send = (token: string, method: string, path: string, body?: unknown) =>
    call(
      path,
      body === undefined ? { method, headers: bearer(token) } : json(method, body, bearer(token)),
    );
  const runJobs = async () => {
    const handlers = {
      ...createJobHandlers({ db, config, clock: time.clock }),
      ...createPlanJobHandlers({
        db,
        clock: time.clock,
        publicUrl: config.publicUrl,
        getRootKey: embedTokenKey(db, config.secret),
        smsProvider: outboxSmsProvider({ db, clock: time.clock }),
      }),
    };
    for (let round = 0; round < 50; round++) {
      if ((await runDueJobs({ db, handlers, clock: time.clock })).claimed === 0) return;
    }
  };

  const a = await seedAccount({ db, time }, 'Shoreline Realty', ['https://www.shoreline.test']);
  const b = await seedAccount({ db, time }, 'Harbor Homes', ['https://www.harbor.test']);
  const user = async (secretKey: string, externalId: string): Promise<WorldUser> => {
    const put = await send(secretKey, 'PUT', `/v1/users/${externalId}`, {
      name: `${externalId} Agent`,
      email: `${externalId}@shoreline.test`,
    });
    await expectStatus(put, 201, `user ${externalId}`);
    const minted = await send(secretKey, 'POST', '/v1/embed-tokens', { externalId });
    await expectStatus(minted, 201, `token ${externalId}`);
    const { id } = (await put.json()) as { id: string };
    return { id, externalId, token: ((await minted.json()) as { token: string }).token };
  };
  const bernie = await user(a.secretKey, 'bernie');
  const betty = await user(a.secretKey, 'betty');
  const carl = await user(a.secretKey, 'carl');
  const hank = await user(b.secretKey, 'hank');
  const delegate = async (assistant: WorldUser, scopes: readonly string[]) => {
    const res = await send(a.secretKey, 'POST', '/v1/delegations', {
      principalId: bernie.id,
      assistantId: assistant.id,
      scopes,
    });
    await expectStatus(res, 201, 'delegation');
    return ((await res.json()) as { id: string }).id;
  };
  const delegationId = await delegate(betty, DELEGATION_SCOPES);
  const assistants = {} as ApiWorld['assistants'];
  for (const scope of DELEGATION_SCOPES) {
    assistants[scope] = await user(a.secretKey, `assistant-${scope}`);
    await delegate(assistants[scope], [scope]);
  }

  const created = async (token: string, path: string, body: unknown) => {
    const res = await expectStatus(await send(token, 'POST', path, body), 201, `POST ${path}`);
    return ((await res.json()) as { id: string }).id;
  };
  const contactId = await created(bernie.token, '/v1/contacts', { name: 'Dana Buyer' });
  const instructionId = await created(bernie.token, '/v1/instructions', {
    title: 'Listing agreement',
    body: 'Please review and sign by Friday.',
  });
  const clauseId = await created(bernie.token, '/v1/clauses', {
    title: 'Inspection',
    text: 'This offer is contingent on inspection.',
  });

  // Signing: in A a template published as a form and three sent sessions; in B one session.
  const pdf = await makePurchaseAgreement();
  const templateOf = async (token: string) => {
    const uploaded = await uploadTemplate(app, token, pdf);
    await expectStatus(uploaded, 201, 'template');
    return (await uploaded.json()) as Template;
  };
  const template = await templateOf(bernie.token);
  const published = await send(bernie.token, 'POST', `/v1/templates/${template.id}/form`);
  await expectStatus(published, 200, 'publish form');
  const { slug } = (await published.json()) as { slug: string };
  const sentSession = async (sender: WorldUser, templateId: string, n: number) => {
    const res = await send(sender.token, 'POST', '/v1/sessions', {
      templateId,
      parties: [
        { role: 'buyer', name: 'Bob Buyer', email: `buyer${n}@example.test` },
        { role: 'seller', name: 'Sue Seller', email: `seller${n}@example.test` },
      ],
      send: true,
    });
    await expectStatus(res, 201, 'session');
    const session = (await res.json()) as Session;
    const link = async (role: string) => {
      const partyId = session.parties.find((party) => party.role === role)!.id;
      const minted = await send(
        sender.token,
        'POST',
        `/v1/sessions/${session.id}/parties/${partyId}/link`,
      );
      await expectStatus(minted, 201, 'party link');
      return ((await minted.json()) as { token: string }).token;
    };
    return { session, buyer: await link('buyer'), seller: await link('seller') };
  };
  const s1 = await sentSession(bernie, template.id, 1);
  const s2 = await sentSession(bernie, template.id, 2);
  const s3 = await sentSession(bernie, template.id, 3);
  const harborSession = await sentSession(hank, (await templateOf(hank.token)).id, 4);
  await expectStatus(
    await send(bernie.token, 'POST', `/v1/sessions/${s3.session.id}/void`, { reason: 'Withdrawn' }),
    200,
    'void',
  );
  // A link past its expiry: no route shortens one, so the row is aged directly.
  const [expiredLink] = await db
    .select({ id: partyLinks.id })
    .from(partyLinks)
    .orderBy(sql`rowid desc`)
    .limit(1)
    .where(eq(partyLinks.sessionId, s2.session.id));
  await db
    .update(partyLinks)
    .set({ expiresAt: new Date(time.clock().getTime() - 60_000) })
    .where(eq(partyLinks.id, expiredLink!.id));

  // Plans: a team, a team contact, a plan with a task step, an enrolment.
  const teamId = await created(a.secretKey, '/v1/teams', {
    name: 'Shoreline Team',
    members: [
      { userId: bernie.id, teamRole: 'rainmaker', permission: 'unlimited' },
      { userId: betty.id, teamRole: 'member', permission: 'basic' },
    ],
  });
  const teamContactId = await created(a.secretKey, `/v1/teams/${teamId}/contacts`, {
    name: 'Carol Client',
    email: 'carol@clients.test',
    assigneeId: bernie.id,
  });
  const planId = await created(bernie.token, '/v1/plans', {
    teamId,
    name: 'New buyer drip',
    steps: [{ type: 'task', delayMinutes: 0, title: 'Call to book showings' }],
  });
  await expectStatus(
    await send(bernie.token, 'POST', `/v1/plans/${planId}/enrollments`, {
      contactIds: [teamContactId],
    }),
    201,
    'enrolment',
  );

  // Webhooks first, so that later events leave deliveries.
  const webhookId = await created(a.secretKey, '/v1/webhooks', { url: 'http://127.0.0.1:9/hooks' });

  // Portal: a property, an active client with a shared document, and a client set inactive.
  const propertyId = await created(a.secretKey, '/v1/properties', { address: '12 Harbour Road' });
  const client = async (name: string, email: string) => {
    const id = await created(a.secretKey, '/v1/clients', {
      name,
      type: 'owner',
      email,
      assignedAgentId: bernie.id,
      propertyIds: [propertyId],
    });
    await expectStatus(
      await send(a.secretKey, 'PUT', `/v1/clients/${id}/portal-access`, {
        profile: { mode: 'new' },
        grants: ['documents', 'feedback', 'messages', 'activity', 'showings'],
      }),
      200,
      'portal access',
    );
    await expectStatus(
      await send(a.secretKey, 'POST', `/v1/clients/${id}/portal-access/invite`),
      200,
      'invite',
    );
    await runJobs();
    const invitation = (await listOutboxEmails(db)).find((message) => message.to.includes(email));
    const token = /\/p\/activate\/([\w-]+)/.exec(invitation?.text ?? '')?.[1];
    const activated = await call(
      '/v1/portal/activate',
      json('POST', { token, password: 'correct horse battery staple' }),
    );
    await expectStatus(activated, 200, 'activate');
    return { id, accessToken: ((await activated.json()) as { accessToken: string }).accessToken };
  };
  const olive = await client('Olive Owner', 'olive@example.test');
  const ivy = await client('Ivy Inactive', 'ivy@example.test');
  const document = new FormData();
  document.set('file', new File([pdf], 'deed.pdf', { type: 'application/pdf' }));
  const documentRes = await call(`/v1/clients/${olive.id}/documents`, {
    method: 'POST',
    headers: bearer(a.secretKey),
    body: document,
  });
  await expectStatus(documentRes, 201, 'client document');
  const documentId = ((await documentRes.json()) as { id: string }).id;
  await expectStatus(
    await send(olive.accessToken, 'POST', '/v1/portal/messages', { body: 'Any offers yet?' }),
    201,
    'portal message',
  );
  await expectStatus(
    await send(a.secretKey, 'PATCH', `/v1/clients/${ivy.id}`, { status: 'inactive' }),
    200,
    'deactivate',
  );
  await runJobs();

  // Bad embed tokens: one that expired, one signed with a key that is not the server's.
  const signer = { getKey: embedTokenKey(db, config.secret), issuer: config.publicUrl };
  const anHourAgo = () => new Date(time.clock().getTime() - 2 * 60 * 60_000);
  const expired = await createEmbedToken(
    { db, signer, clock: anHourAgo },
    { accountId: a.accountId, externalId: 'bernie', ttlSeconds: 3600 },
  );
  const now = Math.floor(time.clock().getTime() / 1000);
  const forgedEmbedToken = await new SignJWT({ acc: a.accountId })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(bernie.id)
    .setAudience(EMBED_TOKEN_AUDIENCE)
    .setIssuer(config.publicUrl)
    .setIssuedAt(now)
    .setExpirationTime(now + 600)
    .sign(randomBytes(32));

  const taskId = await firstId(db, 'tasks');
  const deliveryId = await firstId(db, 'webhook_deliveries');
  const enrollmentId = await firstId(db, 'plan_enrollments');
  const fieldId = template.fields[0]?.id ?? 'buyer_name';
  const pathValues: Record<string, string> = {
    users: bernie.externalId,
    delegations: delegationId,
    contacts: contactId,
    instructions: instructionId,
    clauses: clauseId,
    teams: teamId,
    'teams/contacts': teamContactId,
    plans: planId,
    clients: olive.id,
    'clients/documents': documentId,
    properties: propertyId,
    'portal/documents': documentId,
    templates: template.id,
    'templates/pages': '1',
    'sessions/documents': '1',
    sessions: s1.session.id,
    'sessions/parties': s1.session.parties[0]!.id,
    'party/attachments': fieldId,
    webhooks: webhookId,
    forms: slug,
  };
  if (taskId) pathValues.tasks = taskId;
  if (deliveryId) pathValues['webhooks/deliveries'] = deliveryId;
  if (enrollmentId) pathValues['plans/enrollments'] = enrollmentId;

  return {
    app,
    db,
    config,
    time,
    lastServerError: () => lastServerError,
    accountA: { id: a.accountId, secretKey: a.secretKey },
    accountB: { id: b.accountId, secretKey: b.secretKey },
    bernie,
    betty,
    carl,
    assistants,
    hank,
    partyToken: s1.buyer,
    otherSessionPartyToken: harborSession.buyer,
    expiredPartyToken: s2.seller,
    revokedPartyToken: s3.buyer,
    portalToken: olive.accessToken,
    inactivePortalToken: ivy.accessToken,
    expiredEmbedToken: expired.token,
    forgedEmbedToken,
    pathValues,
    propertyValues: {
      senderId: bernie.id,
      principalId: bernie.id,
      assistantId: betty.id,
      userId: bernie.id,
      assignedAgentId: bernie.id,
      assigneeId: bernie.id,
      externalId: bernie.externalId,
      templateId: template.id,
      teamId,
      clientId: olive.id,
      propertyId,
      propertyIds: [propertyId],
      ownerIds: [olive.id],
      contactIds: [teamContactId],
      sessionId: s1.session.id,
      accountId: a.accountId,
      // A later role, already named on A's sessions: naming it again reaches the row (a 409).
      role: 'seller',
    },
    close,
  };
}
