// The HTTP chores every fake route of the element tests does, typed so that what the fake answers
// is checked against core's schemas: a response that drifts from the server's fails typecheck.
import type { IncomingMessage } from 'node:http';
import type { ApiErrorBody, ErrorCode } from '@signport/core/client';
import type { TestRunnerConfig } from '@web/test-runner';

type Middleware = NonNullable<TestRunnerConfig['middleware']>[number];

/** The test runner's request context (Koa's). */
export type Context = Parameters<Middleware>[0];

/** Sends `body` as JSON with `status`; no body at all when it is `undefined` (a 204). */
export function answer(ctx: Context, status: number, body?: unknown): void {
  ctx.status = status;
  if (body === undefined) return;
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(body);
}

/** A refusal in the one error shape, with one of the codes the server gives. */
export interface Refusal {
  code: ErrorCode;
  message: string;
  field?: string;
}

/** Answers `{ error: { code, message, field? } }`. */
export function refuse(ctx: Context, status: number, error: Refusal): void {
  answer(ctx, status, { error } satisfies ApiErrorBody);
}

/**
 * The request's JSON body, `{}` when it has none. Typed by the caller as the request the route
 * takes (core's request schema), which is what the element under test must send.
 */
export async function readJson<Body = Record<string, unknown>>(
  req: IncomingMessage,
): Promise<Body> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return (chunks.length === 0 ? {} : JSON.parse(Buffer.concat(chunks).toString('utf8'))) as Body;
}
