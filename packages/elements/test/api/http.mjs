// The two HTTP chores every fake route of the element tests does.

/** Sends `body` as JSON with `status`; no body at all when it is `undefined` (a 204). */
export function answer(ctx, status, body) {
  ctx.status = status;
  if (body === undefined) return;
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(body);
}

/** The request's JSON body, `{}` when it has none. */
export async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return chunks.length === 0 ? {} : JSON.parse(Buffer.concat(chunks).toString('utf8'));
}
