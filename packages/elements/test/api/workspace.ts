// The routes of the agent's workspace elements (`<client-list>`, `<client-detail>`, `<task-list>`,
// `<plan-editor>`, `<usage-meter>`) in memory per test scope, refusing as the server does. A scope
// starts with Alice's world (see `seedWorkspace`):
//   PUT  /__workspace      { delayMs?, failure?: { route, status, code, message, field? } }: the
//                          failure answers the next request to `route` (e.g. `PATCH /v1/clients/cli_olivia`)
//   GET  /__workspace      { requests: [{ method, url, body }] } and the state, to check what was stored
//   GET  /v1/clients                 search, type, status, limit and cursor as the server reads them
//   GET|PATCH /v1/clients/<id>       PATCH inactive signs the client out (hasPortalAccess stays)
//   GET|POST  /v1/clients/<id>/messages, POST …/messages/read
//   GET|POST  /v1/clients/<id>/communications, GET …/activity, GET|PATCH …/documents[/<id>]
//   GET  /v1/sessions                the sessions whose parties match `search`
//   GET  /v1/tasks, POST /v1/tasks/<id>/complete|reopen
//   GET  /v1/teams/<id>/contacts, GET|POST /v1/plans[/<id>], PUT /v1/plans/<id>, POST …/enrollments
//   GET  /v1/usage
import type {
  ActivityEntry,
  Client,
  ClientDocument,
  CommunicationEntry,
  CreateCommunicationRequest,
  CreatePlanRequest,
  Enrollment,
  ErrorCode,
  Plan,
  PlanStepInput,
  PortalMessage,
  Session,
  Task,
  UpdateClientRequest,
  UsageReport,
} from '@signport/core/client';
import { DEFAULT_SENDERS } from './senders.js';
import { answer, readJson, refuse } from './http.js';
import type { Context } from './http.js';
import { stateOf } from './scope.js';
import type { Scope } from './scope.js';

const day = 86_400_000;
const at = (daysAgo: number) => new Date(Date.now() - daysAgo * day).toISOString();
const [betty, alice, bernie] = DEFAULT_SENDERS.map((sender) => sender.user) as [
  Client['assignedAgent'] & object,
  Client['assignedAgent'] & object,
  Client['assignedAgent'] & object,
];

interface Failure {
  route: string;
  status: number;
  code: ErrorCode;
  message: string;
  field?: string;
}

interface WorkspaceState {
  clients: Client[];
  messages: Map<string, PortalMessage[]>;
  log: Map<string, CommunicationEntry[]>;
  activity: Map<string, ActivityEntry[]>;
  documents: Map<string, ClientDocument[]>;
  sessions: Session[];
  tasks: Task[];
  plans: Plan[];
  enrollments: Enrollment[];
  contacts: { id: string; name: string }[];
  usage: UsageReport;
  delayMs: number;
  failure: Failure | undefined;
  requests: Array<{ method: string; url: string; body: unknown }>;
  nextId: number;
}

function client(id: string, name: string, fields: Partial<Client>): Client {
  return {
    id,
    name,
    email: `${id.replace('cli_', '')}@client.example`,
    phone: null,
    type: 'buyer',
    status: 'active',
    assignedAgent: betty,
    propertyIds: [],
    locale: null,
    hasPortalAccess: false,
    unreadMessages: 0,
    createdAt: at(10),
    updatedAt: at(10),
    ...fields,
  };
}

function task(id: string, fields: Partial<Task>): Task {
  return {
    id,
    assignee: betty,
    contactId: 'con_olivia',
    contactName: 'Olivia Owner',
    title: 'Task',
    notes: null,
    reason: 'plan_task',
    planId: 'plan_1',
    dueAt: at(0),
    completedAt: null,
    createdAt: at(1),
    ...fields,
  };
}

/** Betty's world: Olivia (who wrote), Ben and Carla; three tasks; a plan; a month of credits. */
function seedWorkspace(): WorkspaceState {
  const session = (id: string, email: string, status: Session['status']): Session => ({
    id,
    templateId: 'tpl_1',
    templateName: 'Listing agreement',
    mode: 'active',
    status,
    signingOrder: 'parallel',
    parties: [
      {
        id: `pty_${id}`,
        role: 'owner',
        name: 'Party',
        email,
        status: 'invited',
        userId: null,
        locale: null,
        invitedAt: at(3),
        viewedAt: null,
        completedAt: null,
        declinedAt: null,
        declineReason: null,
      },
    ],
    initiator: betty,
    sender: betty,
    message: null,
    createdAt: at(3),
    updatedAt: at(3),
    sentAt: at(3),
    completedAt: null,
    expiresAt: null,
  });
  const document = (id: string, name: string, accessible: boolean): ClientDocument => ({
    id,
    name,
    contentType: 'application/pdf',
    size: 1000,
    kind: 'file',
    accessible,
    createdAt: at(4),
    updatedAt: at(4),
  });
  return {
    clients: [
      client('cli_olivia', 'Olivia Owner', {
        type: 'owner',
        hasPortalAccess: true,
        unreadMessages: 1,
        createdAt: at(1),
      }),
      client('cli_ben', 'Ben Buyer', { assignedAgent: alice, createdAt: at(2) }),
      client('cli_carla', 'Carla Tenant', {
        type: 'tenant',
        status: 'inactive',
        email: null,
        createdAt: at(3),
      }),
    ],
    messages: new Map([
      [
        'cli_olivia',
        [
          {
            id: 'msg_2',
            from: 'client',
            body: 'Can we move Saturday’s showing to 2 pm?',
            createdAt: at(0.1),
            readAt: null,
          },
          {
            id: 'msg_1',
            from: 'agent',
            body: 'Welcome to your portal, Olivia.',
            createdAt: at(2),
            readAt: at(1),
          },
        ],
      ],
    ]),
    log: new Map([
      [
        'cli_olivia',
        [
          entry('com_2', 'email', 'Sent the listing agreement', 1),
          entry('com_1', 'call', 'Discussed the asking price', 5),
        ],
      ],
    ]),
    activity: new Map([
      [
        'cli_olivia',
        [
          {
            id: 'act_1',
            kind: 'showing',
            summary: 'Showing with the Parkers',
            occurredAt: at(2),
            source: 'host',
            createdAt: at(2),
          },
        ],
      ],
    ]),
    documents: new Map([
      [
        'cli_olivia',
        [
          document('doc_1', 'Listing agreement.pdf', true),
          document('doc_2', 'Comparable sales.pdf', false),
        ],
      ],
    ]),
    sessions: [
      session('ses_1', 'olivia@client.example', 'in_progress'),
      session('ses_2', 'ben@client.example', 'completed'),
    ],
    tasks: [
      task('tsk_1', { title: 'Call Olivia about the price', dueAt: at(3) }),
      task('tsk_2', {
        title: 'Text Ben: Checking in!',
        reason: 'no_sms_credits',
        contactId: 'con_ben',
        contactName: 'Ben Buyer',
        dueAt: at(-1),
      }),
      task('tsk_3', {
        title: 'Send the CMA',
        completedAt: at(1),
        contactId: null,
        contactName: null,
      }),
    ],
    plans: [
      {
        id: 'plan_1',
        teamId: 'team_1',
        name: 'New buyer lead',
        steps: [
          {
            id: 'stp_1',
            position: 0,
            type: 'email',
            delayMinutes: 0,
            assignee: null,
            subject: 'Welcome, {{contact.first_name}}',
            body: 'Hello from {{agent.name}}.',
          },
          {
            id: 'stp_2',
            position: 1,
            type: 'task',
            delayMinutes: 2880,
            assignee: null,
            title: 'Call {{contact.name}}',
          },
        ],
        pauseOnReply: true,
        createdAt: at(5),
        updatedAt: at(5),
      },
    ],
    enrollments: [],
    contacts: [
      { id: 'con_olivia', name: 'Olivia Owner' },
      { id: 'con_ben', name: 'Ben Buyer' },
    ],
    usage: {
      month: '2026-12',
      agents: [
        {
          agent: betty,
          email: { used: 120, limit: 5000, remaining: 4880 },
          sms: { subscribed: false, used: 0, remaining: 0 },
        },
        {
          agent: alice,
          email: { used: 4100, limit: 5000, remaining: 900 },
          sms: { subscribed: true, used: 10, remaining: 90 },
        },
        {
          agent: bernie,
          email: { used: 0, limit: 5000, remaining: 5000 },
          sms: { subscribed: true, used: 96, remaining: 4 },
        },
      ],
    },
    delayMs: 0,
    failure: undefined,
    requests: [],
    nextId: 1,
  };
}

function entry(
  id: string,
  kind: CommunicationEntry['kind'],
  summary: string,
  daysAgo: number,
): CommunicationEntry {
  return {
    id,
    kind,
    summary,
    body: null,
    occurredAt: at(daysAgo),
    source: 'host',
    createdAt: at(daysAgo),
  };
}

function page<Item extends { id: string }>(ctx: Context, items: Item[]) {
  const limit = Number(ctx.query.limit ?? 25);
  const start = ctx.query.cursor ? items.findIndex((item) => item.id === ctx.query.cursor) + 1 : 0;
  const slice = items.slice(start, start + limit);
  const more = start + limit < items.length;
  return { items: slice, nextCursor: more ? (slice.at(-1)?.id ?? null) : null };
}

const blank = (text: unknown) => typeof text !== 'string' || !text.trim();

/** The first problem `createPlan`/`updatePlan` would report, as `[status, code, message, field]`. */
function planProblem(
  body: { name?: string; steps?: PlanStepInput[] },
  token: string,
): [number, ErrorCode, string, string] | undefined {
  if (blank(body.name)) return [400, 'validation_failed', 'name: Too small', 'name'];
  if (!body.steps?.length) return [400, 'validation_failed', 'steps: Too small', 'steps'];
  for (const [index, step] of body.steps.entries()) {
    const text =
      step.type === 'email'
        ? ['subject', step.subject]
        : step.type === 'sms'
          ? ['text', step.text]
          : ['title', step.title];
    if (blank(text[1]))
      return [
        400,
        'validation_failed',
        `steps.${index}.${text[0]}: Too small`,
        `steps.${index}.${text[0]}`,
      ];
    if (step.assignee && token.startsWith('basic'))
      return [
        403,
        'forbidden',
        'Only the rainmaker or team members with Enhanced or Unlimited permission can change the plan defaults.',
        `steps.${index}.assignee`,
      ];
  }
  return undefined;
}

/** Answers the workspace routes of one test scope; resolves true when it did. */
export async function workspaceEndpoints(ctx: Context, scope: Scope, path: string) {
  const state = stateOf(scope, 'workspace', seedWorkspace);
  if (path === '/__workspace') {
    if (ctx.method === 'PUT') {
      const setup = await readJson<{ delayMs?: number; failure?: Failure }>(ctx.req);
      state.delayMs = setup.delayMs ?? 0;
      state.failure = setup.failure;
      answer(ctx, 200, {});
    } else {
      const { requests, clients, tasks, plans, enrollments } = state;
      answer(ctx, 200, {
        requests,
        clients,
        tasks,
        plans,
        enrollments,
        log: Object.fromEntries(state.log),
        messages: Object.fromEntries(state.messages),
        documents: Object.fromEntries(state.documents),
      });
    }
    return true;
  }
  const handled =
    /^\/v1\/(clients|tasks|plans|usage)(\/|$)/.test(path) ||
    /^\/v1\/teams\/[^/]+\/contacts$/.test(path) ||
    (path === '/v1/sessions' && ctx.method === 'GET');
  if (!handled) return false;

  const body = ['POST', 'PATCH', 'PUT'].includes(ctx.method)
    ? await readJson<Record<string, unknown>>(ctx.req)
    : undefined;
  state.requests.push({
    method: ctx.method,
    url: ctx.url.replace(/^\/test-api\/[\w-]+/, ''),
    body,
  });
  if (state.delayMs) await new Promise((resolve) => setTimeout(resolve, state.delayMs));
  const token = /^Bearer (\S+)$/.exec(ctx.get('authorization'))?.[1];
  if (!token) {
    refuse(ctx, 401, { code: 'unauthorized', message: 'The embed token is missing.' });
    return true;
  }
  const route = `${ctx.method} ${path}`;
  if (state.failure?.route === route) {
    const { route: _route, status, ...error } = state.failure;
    state.failure = undefined;
    refuse(ctx, status, error);
    return true;
  }
  route_(ctx, state, route, body ?? {}, token);
  return true;
}

function route_(
  ctx: Context,
  state: WorkspaceState,
  route: string,
  body: Record<string, unknown>,
  token: string,
) {
  const now = new Date().toISOString();
  const id = (prefix: string) => `${prefix}_new${state.nextId++}`;
  const notFound = (what: string, field = 'id') =>
    refuse(ctx, 404, { code: 'not_found', message: `No such ${what}.`, field });

  if (route === 'GET /v1/clients') {
    const { search, type, status } = ctx.query as Record<string, string | undefined>;
    const matching = state.clients.filter(
      (c) =>
        (!search || `${c.name} ${c.email ?? ''}`.toLowerCase().includes(search.toLowerCase())) &&
        (!type || c.type === type) &&
        (!status || c.status === status),
    );
    return answer(ctx, 200, page(ctx, matching));
  }
  const clientMatch = /^(\w+) \/v1\/clients\/([^/]+)(\/.*)?$/.exec(route);
  if (clientMatch) {
    const [, method, clientId = '', rest = ''] = clientMatch;
    const found = state.clients.find((c) => c.id === decodeURIComponent(clientId));
    if (!found) return notFound('client');
    return clientRoute(ctx, state, found, `${method} ${rest}`, body, now, id);
  }
  if (route === 'GET /v1/sessions') {
    const search = String(ctx.query.search ?? '').toLowerCase();
    const matching = state.sessions.filter((s) =>
      s.parties.some((party) => party.email.includes(search)),
    );
    return answer(ctx, 200, page(ctx, matching));
  }
  if (route === 'GET /v1/tasks') {
    const completed = ctx.query.status === 'completed';
    if (!['open', 'completed', undefined].includes(ctx.query.status as string | undefined))
      return refuse(ctx, 400, {
        code: 'validation_failed',
        message: 'status: Invalid option',
        field: 'status',
      });
    return answer(
      ctx,
      200,
      page(
        ctx,
        state.tasks.filter((t) => Boolean(t.completedAt) === completed),
      ),
    );
  }
  const taskMatch = /^POST \/v1\/tasks\/([^/]+)\/(complete|reopen)$/.exec(route);
  if (taskMatch) {
    const found = state.tasks.find((t) => t.id === taskMatch[1]);
    if (!found) return notFound('task');
    if (taskMatch[2] === 'reopen') found.completedAt = null;
    else found.completedAt ??= now;
    return answer(ctx, 200, found);
  }
  if (/^GET \/v1\/teams\/[^/]+\/contacts$/.test(route))
    return answer(ctx, 200, { items: state.contacts });
  if (route === 'GET /v1/usage') return answer(ctx, 200, state.usage);
  if (route === 'POST /v1/plans') {
    const request = body as unknown as CreatePlanRequest;
    const problem = planProblem(request, token);
    if (problem) {
      const [status, code, message, field] = problem;
      return refuse(ctx, status, { code, message, field });
    }
    const plan = storedPlan(id('plan'), request, now, now);
    state.plans.push(plan);
    return answer(ctx, 201, plan);
  }
  const planMatch = /^(GET|PUT|POST) \/v1\/plans\/([^/]+)(\/enrollments)?$/.exec(route);
  if (planMatch) {
    const [, method, planId, enrol] = planMatch;
    const index = state.plans.findIndex((p) => p.id === planId);
    const plan = state.plans[index];
    if (!plan) return notFound('plan');
    if (method === 'GET' && !enrol) return answer(ctx, 200, plan);
    if (method === 'PUT' && !enrol) {
      const request = body as { name?: string; steps?: PlanStepInput[] };
      const problem = planProblem(request, token);
      if (problem) {
        const [status, code, message, field] = problem;
        return refuse(ctx, status, { code, message, field });
      }
      const saved = storedPlan(
        plan.id,
        { ...request, teamId: plan.teamId } as CreatePlanRequest,
        plan.createdAt,
        now,
      );
      state.plans[index] = saved;
      return answer(ctx, 200, saved);
    }
    if (method === 'POST' && enrol) {
      const contactIds = (body.contactIds as string[] | undefined) ?? [];
      if (!contactIds.length)
        return refuse(ctx, 400, {
          code: 'validation_failed',
          message: 'contactIds: Too small',
          field: 'contactIds',
        });
      const items = contactIds.map((contactId): Enrollment => ({
        id: id('enr'),
        planId: plan.id,
        contactId,
        status: 'active',
        nextStepIndex: 0,
        nextRunAt: now,
        enrolledAt: now,
      }));
      state.enrollments.push(...items);
      return answer(ctx, 201, { items });
    }
  }
  return refuse(ctx, 404, { code: 'not_found', message: `No route for ${route}.` });
}

function storedPlan(
  id: string,
  request: CreatePlanRequest,
  createdAt: string,
  updatedAt: string,
): Plan {
  return {
    id,
    teamId: request.teamId,
    name: request.name.trim(),
    steps: request.steps.map((step, position) => ({
      ...step,
      assignee: step.assignee ?? null,
      id: `stp_${id}_${position}`,
      position,
    })) as Plan['steps'],
    pauseOnReply: request.pauseOnReply ?? true,
    createdAt,
    updatedAt,
  };
}

function clientRoute(
  ctx: Context,
  state: WorkspaceState,
  client: Client,
  route: string,
  body: Record<string, unknown>,
  now: string,
  id: (prefix: string) => string,
) {
  const listOf = <Item>(map: Map<string, Item[]>) => {
    if (!map.has(client.id)) map.set(client.id, []);
    return map.get(client.id)!;
  };
  if (route === 'GET ') return answer(ctx, 200, client);
  if (route === 'PATCH ') {
    const changes = body as UpdateClientRequest;
    if (
      changes.assignedAgentId &&
      !DEFAULT_SENDERS.some((s) => s.user.id === changes.assignedAgentId)
    )
      return refuse(ctx, 403, {
        code: 'forbidden',
        message: 'You may not assign clients to this agent.',
        field: 'assignedAgentId',
      });
    if (changes.type) client.type = changes.type;
    if (changes.status) client.status = changes.status;
    if (changes.assignedAgentId)
      client.assignedAgent = DEFAULT_SENDERS.find(
        (s) => s.user.id === changes.assignedAgentId,
      )!.user;
    client.updatedAt = now;
    return answer(ctx, 200, client);
  }
  if (route === 'GET /messages') return answer(ctx, 200, page(ctx, listOf(state.messages)));
  if (route === 'POST /messages') {
    if (blank(body.body))
      return refuse(ctx, 400, {
        code: 'validation_failed',
        message: 'body: Too small',
        field: 'body',
      });
    const sent: PortalMessage = {
      id: id('msg'),
      from: 'agent',
      body: String(body.body).trim(),
      createdAt: now,
      readAt: null,
    };
    listOf(state.messages).unshift(sent);
    return answer(ctx, 201, sent);
  }
  if (route === 'POST /messages/read') {
    for (const item of listOf(state.messages)) if (item.from === 'client') item.readAt ??= now;
    client.unreadMessages = 0;
    return answer(ctx, 204);
  }
  if (route === 'GET /communications') return answer(ctx, 200, page(ctx, listOf(state.log)));
  if (route === 'POST /communications') {
    const request = body as unknown as CreateCommunicationRequest;
    if (blank(request.summary))
      return refuse(ctx, 400, {
        code: 'validation_failed',
        message: 'summary: Too small: expected string to have >=1 characters',
        field: 'summary',
      });
    const added: CommunicationEntry = {
      id: id('com'),
      kind: request.kind,
      summary: request.summary.trim(),
      body: request.body ?? null,
      occurredAt: request.occurredAt ?? now,
      source: 'agent',
      createdAt: now,
    };
    const log = listOf(state.log);
    log.push(added);
    log.sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));
    return answer(ctx, 201, added);
  }
  if (route === 'GET /activity') return answer(ctx, 200, page(ctx, listOf(state.activity)));
  if (route === 'GET /documents') return answer(ctx, 200, page(ctx, listOf(state.documents)));
  const documentMatch = /^PATCH \/documents\/([^/]+)$/.exec(route);
  if (documentMatch) {
    const document = listOf(state.documents).find((d) => d.id === documentMatch[1]);
    if (!document)
      return refuse(ctx, 404, {
        code: 'not_found',
        message: 'No such document.',
        field: 'documentId',
      });
    if (typeof body.accessible === 'boolean') document.accessible = body.accessible;
    document.updatedAt = now;
    listOf(state.activity).unshift({
      id: id('act'),
      kind: 'document',
      summary: `${document.name} ${document.accessible ? 'shared' : 'hidden'}`,
      occurredAt: now,
      source: 'signport',
      createdAt: now,
    });
    return answer(ctx, 200, document);
  }
  return refuse(ctx, 404, { code: 'not_found', message: `No route for ${route}.` });
}
