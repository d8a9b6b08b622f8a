// The floor under the API's hot reads: a bare `node:http` server on its own raw `@libsql/client`
// connection that answers the same bytes as the API for `GET /v1/sessions/{id}`, `GET /v1/party`
// and the party's workroom poll (304), headers included, with the fewest SQL statements those
// answers need and no framework, query builder or middleware. It builds the JSON with the API's own pure builders, so
// what the API costs above it is routing, middleware, drizzle and any query it repeats.
// Bench code only: it checks what the bench's requests need (no delegations, origins or forms).
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient, type Client, type InArgs, type ResultSet, type Row } from '@libsql/client';
import { isTerminalState, type Locale, type SessionState, type UserRef } from '@signport/core';
import { EMBED_TOKEN_AUDIENCE } from '../src/capabilities/embed-tokens/embed-token-claims.js';
import { buildPartyView } from '../src/capabilities/party/build-party-view.js';
import { hashPartyToken } from '../src/capabilities/party/hash-party-token.js';
import type {
  LoadedSession,
  PartyRow,
  SessionRow,
} from '../src/capabilities/sessions/load-session.js';
import { sessionDetailOf } from '../src/capabilities/sessions/session-detail-of.js';
import { SECURITY_HEADERS } from '../src/middleware/security-headers.js';
import { pathSigner } from '../src/platform/blobs/signed-path.js';

export interface FloorServer {
  url: string;
  close(): Promise<void>;
}

/** Starts the floor on `databaseUrl` (the API's file database), checking tokens with `secret`. */
export async function startFloorServer({
  databaseUrl,
  secret,
  issuer,
}: {
  databaseUrl: string;
  secret: Uint8Array;
  issuer: string;
}): Promise<FloorServer> {
  const client = createClient({ url: databaseUrl });
  const paths = pathSigner({ getKey: () => Promise.resolve(secret) });
  const answer = async (request: IncomingMessage, response: ServerResponse) => {
    const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? '';
    const url = request.url ?? '';
    if (url === '/v1/party/workroom') {
      const etag = await partyWorkroomETag(client, token);
      if (etag && request.headers['if-none-match'] === etag) {
        return send(response, 304, '', {
          etag,
          'cache-control': 'private, no-cache',
          vary: 'Authorization',
        });
      }
      return send(response, 501, 'the floor answers only the workroom’s 304');
    }
    if (url === '/v1/party') {
      const body = await partyView(client, token, paths);
      return body ? send(response, 200, JSON.stringify(body)) : send(response, 401, '');
    }
    const sessionId = /^\/v1\/sessions\/([\w-]+)$/.exec(url)?.[1];
    const principal = sessionId && (await embedPrincipal(client, token, secret, issuer));
    if (!sessionId || !principal) return send(response, 401, '');
    const body = await sessionDetail(client, principal, sessionId);
    return body ? send(response, 200, JSON.stringify(body)) : send(response, 404, '');
  };
  const server = createServer((request, response) => {
    answer(request, response).catch((error: unknown) => send(response, 500, String(error)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        client.close();
      }),
  };
}

// What the API's security-headers middleware writes on every answer: the same bytes cost the same to
// send.
const SAME_HEADERS = {
  ...Object.fromEntries(SECURITY_HEADERS),
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function send(
  response: ServerResponse,
  status: number,
  body: string,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, {
    ...SAME_HEADERS,
    'x-request-id': randomUUID(),
    'content-type': status === 200 ? 'application/json' : 'text/plain; charset=UTF-8',
    ...(status === 200 ? { 'content-length': String(Buffer.byteLength(body)) } : {}),
    ...headers,
  });
  response.end(body);
}

/** An HS256 embed token's account and user, checked as `verifyEmbedToken` checks it. */
async function embedPrincipal(client: Client, token: string, secret: Uint8Array, issuer: string) {
  const [header, payload, signature] = token.split('.');
  if (!header || !payload || !signature) return undefined;
  const expected = createHmac('sha256', secret).update(`${header}.${payload}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<
    string,
    unknown
  >;
  if (claims.aud !== EMBED_TOKEN_AUDIENCE || claims.iss !== issuer) return undefined;
  if (typeof claims.exp !== 'number' || claims.exp * 1000 <= Date.now()) return undefined;
  const { rows } = await client.execute({
    sql: 'select u.id from users u join accounts a on a.id = u.account_id where u.id = ? and u.account_id = ?',
    args: [String(claims.sub), String(claims.acc)],
  });
  return rows[0] ? { accountId: String(claims.acc), userId: String(claims.sub) } : undefined;
}

async function sessionDetail(
  client: Client,
  principal: { accountId: string; userId: string },
  sessionId: string,
) {
  const loaded = await loadSession(client, principal.accountId, sessionId);
  if (!loaded || loaded.session.senderId !== principal.userId) return undefined;
  const { rows } = await client.execute({
    sql: 'select id, external_id, name, email from users where account_id = ? and id in (?, ?)',
    args: [principal.accountId, loaded.session.senderId, loaded.session.initiatorId],
  });
  const refs = new Map<string, UserRef>(
    rows.map((row) => [
      String(row.id),
      {
        id: String(row.id),
        externalId: String(row.external_id),
        name: String(row.name),
        email: String(row.email),
      },
    ]),
  );
  return sessionDetailOf(loaded, refs);
}

/** The open link a party token opens: account, session and party, or undefined. */
async function partyLink(client: Client, token: string) {
  const { rows } = await client.execute({
    sql: 'select account_id, session_id, party_id, expires_at, revoked_at from party_links where token_hash = ?',
    args: [hashPartyToken(token)],
  });
  const link = rows[0];
  if (!link || link.revoked_at !== null || Number(link.expires_at) <= Date.now()) return undefined;
  return {
    accountId: String(link.account_id),
    sessionId: String(link.session_id),
    partyId: String(link.party_id),
  };
}

/** As `assertSessionOpen` sees a session that is not a web-form draft. */
const isOpen = ({ status, expiresAt }: { status: SessionState; expiresAt: Date | null }) =>
  status !== 'expired' && (expiresAt === null || expiresAt > new Date() || isTerminalState(status));

/** Both statements in one go on the floor's connection. */
function read<Statements extends ReadonlyArray<{ sql: string; args: InArgs }>>(
  client: Client,
  statements: readonly [...Statements],
) {
  return Promise.all(statements.map((statement) => client.execute(statement))) as Promise<{
    [Index in keyof Statements]: ResultSet;
  }>;
}

async function partyWorkroomETag(client: Client, token: string) {
  // The link and its session's state in one statement, as the API reads them.
  const { rows: links } = await client.execute({
    sql:
      'select l.account_id, l.session_id, l.party_id, l.expires_at, l.revoked_at, s.status, ' +
      's.expires_at as session_expires_at from party_links l join signing_sessions s ' +
      'on s.id = l.session_id and s.account_id = l.account_id where l.token_hash = ?',
    args: [hashPartyToken(token)],
  });
  const link = links[0];
  if (!link || link.revoked_at !== null || Number(link.expires_at) <= Date.now()) return undefined;
  const open = isOpen({
    status: link.status as SessionState,
    expiresAt: date(link.session_expires_at),
  });
  if (!open) return undefined;
  const { rows: last } = await client.execute({
    sql: 'select coalesce(max(sequence), 0) as sequence from session_events where session_id = ? and account_id = ?',
    args: [String(link.session_id), String(link.account_id)],
  });
  return `"wr1.${Number(last[0]?.sequence ?? 0)}.${String(link.party_id)}"`;
}

async function partyView(client: Client, token: string, paths: ReturnType<typeof pathSigner>) {
  const link = await partyLink(client, token);
  const loaded = link && (await loadSession(client, link.accountId, link.sessionId));
  const party = loaded?.parties.find((candidate) => candidate.id === link?.partyId);
  // The bench's party looked once through the API: the floor has no first look to record.
  if (!link || !loaded || !party?.viewedAt || !isOpen(loaded.session)) return undefined;
  const { senderId, accountId } = loaded.session;
  const [{ rows: people }, { rows: accounts }] = await read(client, [
    {
      sql: 'select id, external_id, name, email, branding, locale from users where account_id = ? and id = ?',
      args: [accountId, senderId],
    },
    { sql: 'select name from accounts where id = ?', args: [accountId] },
  ]);
  const sender = people[0];
  if (!sender || !accounts[0]) return undefined;
  return buildPartyView(
    { ...loaded, party },
    {
      attachments: [],
      sender: {
        id: String(sender.id),
        externalId: String(sender.external_id),
        name: String(sender.name),
        email: String(sender.email),
        branding: JSON.parse(String(sender.branding)) as Record<string, string>,
        locale: String(sender.locale) as Locale,
      },
      brokerage: String(accounts[0].name),
      paths,
    },
  );
}

const SESSION_COLUMNS =
  'id, account_id, template_id, template_name, template, mode, status, sender_id, initiator_id, ' +
  'message, locked_field_ids, created_at, updated_at, sent_at, completed_at, expires_at';

/** The session, its parties and values, shaped as `loadSession` shapes them. */
async function loadSession(
  client: Client,
  accountId: string,
  sessionId: string,
): Promise<LoadedSession | undefined> {
  const args = [sessionId, accountId];
  const [{ rows: sessions }, { rows: parties }, { rows: values }] = await read(client, [
    {
      sql: `select ${SESSION_COLUMNS} from signing_sessions where id = ? and account_id = ?`,
      args,
    },
    {
      sql: 'select * from session_parties where session_id = ? and account_id = ? order by position',
      args,
    },
    {
      sql: 'select field_id, party_id, value from session_values where session_id = ? and account_id = ?',
      args,
    },
  ]);
  const row = sessions[0];
  if (!row) return undefined;
  const session = {
    id: String(row.id),
    accountId: String(row.account_id),
    templateId: String(row.template_id),
    templateName: String(row.template_name),
    template: JSON.parse(String(row.template)) as SessionRow['template'],
    mode: row.mode as SessionRow['mode'],
    status: row.status as SessionRow['status'],
    senderId: String(row.sender_id),
    initiatorId: String(row.initiator_id),
    message:
      row.message === null ? null : (JSON.parse(String(row.message)) as SessionRow['message']),
    lockedFieldIds: JSON.parse(String(row.locked_field_ids)) as string[],
    createdAt: new Date(Number(row.created_at)),
    updatedAt: new Date(Number(row.updated_at)),
    sentAt: date(row.sent_at),
    completedAt: date(row.completed_at),
    expiresAt: date(row.expires_at),
    finalBlobId: null,
    originalSha256: null,
    finalSha256: null,
  };
  return {
    session,
    parties: parties.map(toPartyRow),
    values: values.map((value) => ({
      fieldId: String(value.field_id),
      partyId: value.party_id === '' ? null : String(value.party_id),
      value: value.value === null ? null : (JSON.parse(String(value.value)) as never),
    })),
  };
}

function toPartyRow(row: Row): PartyRow {
  const text = (value: unknown) => (value === null ? null : String(value));
  return {
    id: String(row.id),
    accountId: String(row.account_id),
    sessionId: String(row.session_id),
    position: Number(row.position),
    role: String(row.role),
    name: String(row.name),
    email: String(row.email),
    userId: text(row.user_id),
    status: row.status as PartyRow['status'],
    invitedAt: date(row.invited_at),
    viewedAt: date(row.viewed_at),
    completedAt: date(row.completed_at),
    declinedAt: date(row.declined_at),
    declineReason: text(row.decline_reason),
    locale: text(row.locale) as PartyRow['locale'],
    consentVersion: text(row.consent_version),
    consentSha256: text(row.consent_sha256),
    consentedAt: date(row.consented_at),
    ip: text(row.ip),
    userAgent: text(row.user_agent),
  };
}

function date(value: unknown): Date | null {
  return value === null || value === undefined ? null : new Date(Number(value));
}
