// `GET /v1/party/workroom` in memory per test scope, for `api-endpoints.ts`, with the server's ETag flow:
//   GET  /v1/party/workroom   the workroom set by `__workroom` with `ETag: "v<n>"`; 304 when If-None-Match
//                             holds the current tag; 401 without a bearer token, 404 before any is set
//   PUT  /__workroom          { workroom }: a new version of the workroom (the tag changes)
//   GET  /__workroom          { requests: [{ authorization, ifNoneMatch, status }] } received by the route

import type { Workroom } from '@signport/core/client';
import { answer, readJson, refuse } from './http.js';
import type { Context } from './http.js';
import { stateOf } from './scope.js';
import type { Scope } from './scope.js';

interface WorkroomRequest {
  authorization: string | null;
  ifNoneMatch: string | null;
  status?: number;
}

/** Answers the workroom routes of one test scope; resolves true when it did. */
export async function workroomEndpoints(ctx: Context, scope: Scope, path: string) {
  const state = stateOf(scope, 'workroom', () => ({
    workroom: undefined as Workroom | undefined,
    version: 0,
    requests: [] as WorkroomRequest[],
  }));
  if (path === '/__workroom' && ctx.method === 'PUT') {
    state.workroom = (await readJson<{ workroom: Workroom }>(ctx.req)).workroom;
    state.version++;
    answer(ctx, 200, {});
    return true;
  }
  if (path === '/__workroom' && ctx.method === 'GET') {
    answer(ctx, 200, { requests: state.requests });
    return true;
  }
  if (path !== '/v1/party/workroom' || ctx.method !== 'GET') return false;

  const request: WorkroomRequest = {
    authorization: ctx.get('authorization') || null,
    ifNoneMatch: ctx.get('if-none-match') || null,
  };
  state.requests.push(request);
  const etag = `"v${state.version}"`;
  if (!/^Bearer \S+$/.test(request.authorization ?? '')) {
    refuse(ctx, 401, { code: 'unauthorized', message: 'The signing link is missing.' });
  } else if (!state.workroom) {
    refuse(ctx, 404, { code: 'not_found', message: 'No workroom.' });
  } else if (request.ifNoneMatch === etag) {
    ctx.set('ETag', etag);
    ctx.status = 304;
  } else {
    ctx.set('ETag', etag);
    ctx.set('Cache-Control', 'private, no-cache');
    answer(ctx, 200, state.workroom satisfies Workroom);
  }
  request.status = ctx.status;
  return true;
}
