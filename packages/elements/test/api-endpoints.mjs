// Real HTTP endpoints served by the test runner's own server, answering as the Signport API does
// (`/v1/me` and the one error shape). Each test works in its own scope, `/test-api/<scope>/…`, so
// test files running side by side never see each other's requests.
//   GET  /test-api/<scope>/v1/me          the caller, named after the bearer token it sent
//   PUT  /test-api/<scope>/__scenario     { hold?: boolean, failure?: { status, code, message, field? } }
//   POST /test-api/<scope>/__release      stops holding and answers every request held so far
//   GET  /test-api/<scope>/__requests     [{ method, path, authorization }] received by the API routes

const scopes = new Map();

function scopeNamed(name) {
  if (!scopes.has(name)) scopes.set(name, { scenario: {}, requests: [], held: [] });
  return scopes.get(name);
}

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return chunks.length === 0 ? {} : JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

function answer(ctx, status, body) {
  ctx.status = status;
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(body);
}

function apiError(ctx, status, error) {
  answer(ctx, status, { error });
}

async function control(ctx, scope, action) {
  if (ctx.method === 'PUT' && action === '__scenario') {
    scope.scenario = await readJson(ctx.req);
    return answer(ctx, 200, scope.scenario);
  }
  if (ctx.method === 'POST' && action === '__release') {
    // Also stops holding, so a request still on its way is answered rather than held forever.
    scope.scenario.hold = false;
    const held = scope.held.splice(0);
    held.forEach((release) => release());
    return answer(ctx, 200, { released: held.length });
  }
  if (ctx.method === 'GET' && action === '__requests') return answer(ctx, 200, scope.requests);
  return apiError(ctx, 404, { code: 'not_found', message: `No control ${ctx.method} ${action}.` });
}

async function api(ctx, scope, path) {
  scope.requests.push({
    method: ctx.method,
    path,
    authorization: ctx.get('authorization') || null,
  });
  if (scope.scenario.hold) await new Promise((release) => scope.held.push(release));

  const { failure } = scope.scenario;
  if (failure) {
    const { status, ...error } = failure;
    return apiError(ctx, status, error);
  }
  if (!(ctx.method === 'GET' && path === '/v1/me')) {
    return apiError(ctx, 404, {
      code: 'not_found',
      message: `No route for ${ctx.method} ${path}.`,
    });
  }
  const token = /^Bearer (.+)$/.exec(ctx.get('authorization'))?.[1];
  if (!token)
    return apiError(ctx, 401, { code: 'unauthorized', message: 'The embed token is missing.' });
  const now = new Date().toISOString();
  return answer(ctx, 200, {
    user: {
      id: 'usr_test',
      externalId: 'agent-1',
      name: `Holder of ${token}`,
      email: 'betty@shoreline.example',
      branding: {},
      createdAt: now,
      updatedAt: now,
    },
    account: { id: 'acc_test', name: 'Shoreline Realty' },
  });
}

/** Koa middleware for `@web/test-runner`'s `middleware` option. */
export async function apiEndpoints(ctx, next) {
  const match = /^\/test-api\/([\w-]+)(\/.*)$/.exec(ctx.path);
  if (!match) return next();
  const [, name, rest] = match;
  const scope = scopeNamed(name);
  const controlAction = /^\/(__\w+)$/.exec(rest);
  return controlAction ? control(ctx, scope, controlAction[1]) : api(ctx, scope, rest);
}
