import { test } from 'node:test';
import assert from 'node:assert/strict';
import { outboxEmails } from '../src/platform/db/schema/index.js';
import { portalWorld } from './support/portal-fixture.js';
import { testApp, testConfig } from './support/test-server.js';

/** Values for the routes' path parameters: real ones where a page needs them to show its form. */
async function pathValues(t: Parameters<typeof portalWorld>[0]) {
  const world = await portalWorld(t);
  const olive = await world.addClient({ name: 'Olive', type: 'owner', email: 'olive@example.com' });
  const activation = await world.invite(olive.id, 'olive@example.com', ['documents']);
  const [email] = await world.db.select({ id: outboxEmails.id }).from(outboxEmails).limit(1);
  assert.ok(email);
  const fill = (path: string) =>
    path
      .replace(/^\/p\/activate\/:token$/, `/p/activate/${activation}`)
      .replace(/^\/dev\/mailbox\/:id$/, `/dev/mailbox/${email.id}`)
      .replace(/:\w+/g, 'unknown-0123456789abcdefghij')
      .replace(/\*$/, 'x');
  return { world, fill };
}

/** What a page's policy must hold: nothing but our own scripts, no framing, no base or form hijack. */
function policyProblems(csp: string, page: string): string[] {
  const directives = new Map(
    csp.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources] as const;
    }),
  );
  const problems: string[] = [];
  if (directives.get('default-src')?.join(' ') !== "'none'")
    problems.push("default-src not 'none'");
  for (const name of ['frame-ancestors', 'base-uri']) {
    if (directives.get(name)?.join(' ') !== "'none'") problems.push(`${name} not 'none'`);
  }
  if (!directives.has('form-action')) problems.push('no form-action');
  const scripts = directives.get('script-src') ?? [];
  if (scripts.some((source) => source !== "'self'"))
    problems.push(`script-src ${scripts.join(' ')}`);
  if (/<script(?![^>]*\ssrc=)[^>]*>/i.test(page)) problems.push('an inline script');
  // A nonce-based stylesheet policy: every <style> carries the header's nonce, or it would not apply.
  const nonce = /'nonce-([^']+)'/.exec(directives.get('style-src')?.join(' ') ?? '')?.[1];
  if (nonce) {
    for (const [style] of page.matchAll(/<style[^>]*>/gi)) {
      if (!style.includes(`nonce="${nonce}"`)) problems.push(`${style} without the nonce`);
    }
  }
  return problems;
}

test('every HTML page the router serves sends a Content-Security-Policy', async (t) => {
  const { world, fill } = await pathValues(t);
  const htmlRoutes: string[] = [];
  const problems: string[] = [];
  const walked = new Set<string>();
  // Every GET route, and the form posts of the pages outside the JSON API.
  for (const { method, path } of world.app.routes) {
    const walk = method === 'GET' || (method === 'POST' && !path.startsWith('/v1/'));
    if (!walk || walked.has(`${method} ${path}`)) continue;
    walked.add(`${method} ${path}`);
    const res = await world.app.request(fill(path), {
      method,
      ...(method === 'POST' ? { body: new URLSearchParams({ password: 'x' }) } : {}),
    });
    if (!/^text\/html\b/.test(res.headers.get('content-type') ?? '')) continue;
    htmlRoutes.push(`${method} ${path}`);
    const csp = res.headers.get('content-security-policy');
    if (!csp) problems.push(`${method} ${path} (${res.status}): no Content-Security-Policy`);
    else {
      for (const problem of policyProblems(csp, await res.text())) {
        problems.push(`${method} ${path} (${res.status}): ${problem}`);
      }
    }
  }
  assert.deepEqual(problems, []);
  for (const page of [
    'GET /',
    'GET /s/:token',
    'GET /f/:slug',
    'GET /p/activate/:token',
    'POST /p/activate/:token',
    'GET /docs',
    'GET /dev/mailbox',
    'GET /dev/mailbox/:id',
    'GET /dev/mailbox/sms',
  ]) {
    assert.ok(htmlRoutes.includes(page), `${page} was walked as an HTML page`);
  }
});

test('the set-password page may post only back to itself; signing pages nowhere', async (t) => {
  const { world, fill } = await pathValues(t);
  const csp = async (path: string) =>
    (await world.app.request(fill(path))).headers.get('content-security-policy') ?? '';
  assert.match(await csp('/p/activate/:token'), /form-action 'self'/);
  assert.match(await csp('/s/:token'), /form-action 'none'/);
  const activation = await world.app.request(fill('/p/activate/:token'));
  assert.equal(activation.headers.get('referrer-policy'), 'no-referrer');
  assert.equal(activation.headers.get('cache-control'), 'no-store');
});

test('an HTML page added without a policy gets the strictest one', async (t) => {
  const { app } = await testApp(t);
  app.get('/a-page-someone-forgot', (c) => c.html('<p>Hello</p>'));
  const res = await app.request('/a-page-someone-forgot');
  assert.equal(
    res.headers.get('content-security-policy'),
    "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  );
});

test('the server’s own address answers a small page linking the API reference, the guides and the demo', async (t) => {
  const { app } = await testApp(t, {
    config: { ...testConfig(), demoUrl: 'http://localhost:5173' },
  });
  const res = await app.request('/');
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
  const page = await res.text();
  for (const link of ['http://localhost:5173', '/docs', '/v1/openapi.json', '/dev/mailbox'])
    assert.ok(page.includes(`<a href="${link}">`), `links ${link}`);
  assert.match(page, /docs\/quick-start\.md/);
});
