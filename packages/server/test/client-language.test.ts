import assert from 'node:assert/strict';
import { test, type TestContext } from 'node:test';
import type { Client } from '@signport/core';
import { PASSWORD, body, portalWorld } from './support/portal-fixture.js';
import { parseMail, startSmtpServer, type Received } from './support/smtp-catcher.js';
import { json, testConfig } from './support/test-server.js';

// A client's language, set by the agent or told by their browser at first portal use, is used for
// every portal email (set up, reset, sign-in link, password changed) and the set-password page.

async function spanishSpeakingWorld(t: TestContext) {
  const smtp = await startSmtpServer(t);
  const world = await portalWorld(t, {
    config: testConfig({ SMTP_URL: smtp.url, MAIL_FROM: 'Signport <no-reply@signport.test>' }),
  });
  let seen = 0;
  /** The emails the SMTP server received since the last call, to `address`, decoded. */
  const newMailTo = async (address: string) => {
    await world.runJobs();
    const fresh: Received[] = smtp.received.slice(seen);
    seen = smtp.received.length;
    return fresh.filter((mail) => mail.rcptTo.includes(address)).map((mail) => parseMail(mail.raw));
  };
  /** Sets up a new login for the client and sends the login email, as the host. */
  const invite = async (clientId: string) => {
    const setup = await world.host('PUT', `/v1/clients/${clientId}/portal-access`, {
      profile: { mode: 'new' },
      grants: ['documents'],
    });
    assert.equal(setup.status, 200, await setup.clone().text());
    const sent = await world.host('POST', `/v1/clients/${clientId}/portal-access/invite`);
    assert.equal(sent.status, 200, await sent.clone().text());
  };
  return { world, newMailTo, invite };
}

const linkToken = (text: string | undefined) =>
  /\/p\/activate\/([\w-]+)/.exec(text ?? '')?.[1] ?? '';

test('a Spanish client gets Spanish portal emails and a Spanish set-password page', async (t) => {
  const { world, newMailTo, invite } = await spanishSpeakingWorld(t);
  const bego = await world.addClient({
    name: 'Begoña Dueña',
    type: 'owner',
    email: 'bego@example.com',
    locale: 'es',
  });
  assert.equal(bego.locale, 'es');

  await invite(bego.id);
  const [invitation] = await newMailTo('bego@example.com');
  assert.ok(invitation);
  const token = linkToken(invitation.text);
  assert.equal(invitation.headers.get('subject'), 'Configure su acceso de cliente');
  assert.match(invitation.text, /^Hola, Begoña Dueña:/);
  assert.match(invitation.text, /Betty Agent le creó un acceso de cliente/);
  assert.match(invitation.text, /Su nombre de usuario: bego@example\.com/);
  assert.match(invitation.text, /Elegir su contraseña: http\S+\/p\/activate\//);
  assert.match(invitation.text, /El enlace funciona una sola vez, durante 48 horas\./);
  assert.ok(invitation.html.includes('Elegir su contraseña'), 'the HTML button is Spanish too');

  // The page follows the client's language whatever the browser asks for.
  const path = `/p/activate/${token}`;
  const english = { 'Accept-Language': 'en-US,en;q=0.9' };
  const page = await (await world.app.request(path, { headers: english })).text();
  assert.match(page, /<html lang="es">/);
  assert.match(page, /<title>Acceso de cliente<\/title>/);
  assert.match(page, /<h1>Elija su contraseña<\/h1>/);
  assert.match(page, /Repita la contraseña/);
  assert.match(page, /Al menos 8 caracteres\./);
  const post = (password: string, confirm = password) =>
    world.app.request(path, {
      method: 'POST',
      headers: english,
      body: new URLSearchParams({ password, confirm }),
    });
  const short = await post('corta');
  assert.equal(short.status, 400);
  assert.match(await short.text(), /role="alert">Use al menos 8 caracteres\.</);
  const common = await post('password123');
  assert.equal(common.status, 400);
  assert.match(await common.text(), /Esta contraseña es una de las más comunes/);
  assert.match(await (await post(PASSWORD, `${PASSWORD}!`)).text(), /no coinciden/);
  const done = await post(PASSWORD);
  assert.equal(done.status, 200);
  assert.match(await done.text(), /Su contraseña está lista/);

  // Asked from the sign-in page by username: the reset email is Spanish too.
  const reset = await world.app.request(
    '/v1/portal/password-reset',
    json('POST', { accountId: world.accountId, username: 'bego@example.com' }),
  );
  assert.equal(reset.status, 202);
  const [resetEmail] = await newMailTo('bego@example.com');
  assert.equal(
    resetEmail?.headers.get('subject'),
    'Restablezca la contraseña de su acceso de cliente',
  );
  assert.match(resetEmail?.text ?? '', /Alguien pidió restablecer la contraseña/);
  assert.match(resetEmail?.text ?? '', /Elegir una nueva contraseña: http/);
  const resetToken = linkToken(resetEmail?.text);

  // Setting a new password with it tells the client in Spanish.
  await world.activate(resetToken, 'a brand new passphrase for bego');
  const [changed] = await newMailTo('bego@example.com');
  assert.equal(changed?.headers.get('subject'), 'Se cambió la contraseña de su acceso de cliente');
  assert.match(changed?.text ?? '', /Si no la cambió usted, contacte con su agente/);

  // The agent sends the login email again: a reset, in Spanish.
  await world.host('POST', `/v1/clients/${bego.id}/portal-access/invite`);
  const [again] = await newMailTo('bego@example.com');
  assert.equal(again?.headers.get('subject'), 'Restablezca la contraseña de su acceso de cliente');
  assert.match(
    again?.text ?? '',
    /Betty Agent le envió un enlace para elegir una nueva contraseña/,
  );
});

test('a client without a language gets their browser’s at first portal use, then keeps it', async (t) => {
  const { world, newMailTo, invite } = await spanishSpeakingWorld(t);
  const claire = await world.addClient({ name: 'Claire', type: 'buyer', email: 'cl@example.com' });
  assert.equal(claire.locale, null);
  await invite(claire.id);
  const [invitation] = await newMailTo('cl@example.com');
  const token = linkToken(invitation?.text);
  assert.equal(
    invitation?.headers.get('subject'),
    'Set up your client login',
    'English until known',
  );
  assert.match(
    await (
      await world.app.request(`/p/activate/${token}`, { headers: { 'Accept-Language': 'fr-CA' } })
    ).text(),
    /<h1>Choisissez votre mot de passe<\/h1>/,
    "an unknown client's page follows the browser",
  );

  const { accessToken } = await world.activate(token);
  const me = (language: string) =>
    world.app.request('/v1/portal/me', {
      headers: { authorization: `Bearer ${accessToken}`, 'Accept-Language': language },
    });
  assert.equal((await me('fr-CA,fr;q=0.9,en;q=0.5')).status, 200);
  assert.equal((await me('es')).status, 200, 'a later visit changes nothing');
  const stored = await body<Client>(await world.asAgent('GET', `/v1/clients/${claire.id}`));
  assert.equal(stored.locale, 'fr');

  await world.app.request(
    '/v1/portal/password-reset',
    json('POST', { accountId: world.accountId, username: 'cl@example.com' }),
  );
  const [reset] = await newMailTo('cl@example.com');
  assert.equal(
    reset?.headers.get('subject'),
    'Réinitialisez le mot de passe de votre accès client',
  );
});

test('the agent sets a client’s language; one Signport does not speak is refused', async (t) => {
  const world = await portalWorld(t);
  const client = await world.addClient({ name: 'Olive', type: 'owner', email: 'o@example.com' });
  const changed = await world.asAgent('PATCH', `/v1/clients/${client.id}`, { locale: 'es' });
  assert.equal(changed.status, 200);
  assert.equal((await body<Client>(changed)).locale, 'es');
  const untouched = await world.asAgent('PATCH', `/v1/clients/${client.id}`, { name: 'Olive O.' });
  assert.equal((await body<Client>(untouched)).locale, 'es', 'a change without it keeps it');
  const refused = await world.asAgent('PATCH', `/v1/clients/${client.id}`, { locale: 'de' });
  assert.equal(refused.status, 400);
  const { error } = await body<{ error: { code: string; field: string } }>(refused);
  assert.deepEqual([error.code, error.field], ['validation_failed', 'locale']);
  const created = await world.host('POST', '/v1/clients', {
    name: 'Dieter',
    type: 'buyer',
    locale: 'de',
  });
  assert.equal(created.status, 400);
});
