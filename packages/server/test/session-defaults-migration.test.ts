import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { PDFDocument } from 'pdf-lib';
import type { SessionDetail, Template } from '@signport/core';
import { sessionValues, signingSessions } from '../src/platform/db/schema/index.js';
import { createSession, type SigningWorld } from './support/signing.js';
import { signingWorld } from './support/signing-world.js';
import { bearer } from './support/test-server.js';

let world: SigningWorld;
let template: Template;

const rect = { x: 0.1, y: 0.1, width: 0.3, height: 0.05 };
const fields = [
  {
    id: 'address',
    name: 'Address',
    role: 'signer',
    type: 'text',
    page: 1,
    rect,
    default: '1 Elm St',
    locked: true,
  },
  {
    id: 'cash',
    name: 'Cash',
    role: 'signer',
    type: 'checkbox',
    page: 1,
    rect: { ...rect, y: 0.2 },
    default: false,
  },
  {
    id: 'note',
    name: 'Note',
    role: 'signer',
    type: 'text',
    page: 1,
    rect: { ...rect, y: 0.3 },
    default: 'Call first',
  },
  {
    id: 'sig',
    name: 'Signature',
    role: 'signer',
    type: 'signature',
    page: 1,
    rect: { ...rect, y: 0.5 },
  },
];

before(async () => {
  world = await signingWorld();
  const doc = await PDFDocument.create();
  doc.addPage([612, 792]);
  const form = new FormData();
  form.set('file', new Blob([await doc.save()], { type: 'application/pdf' }), 'one.pdf');
  form.set('name', 'One page');
  form.set('fields', JSON.stringify(fields));
  const res = await world.app.request('/v1/templates', {
    method: 'POST',
    headers: bearer(world.token),
    body: form,
  });
  assert.equal(res.status, 201, await res.clone().text());
  template = (await res.json()) as Template;
});
after(() => world.close());

const valuesOf = async (id: string) => {
  const res = await world.app.request(`/v1/sessions/${id}`, { headers: bearer(world.token) });
  return Object.fromEntries(
    ((await res.json()) as SessionDetail).values.map((entry) => [entry.fieldId, entry.value]),
  );
};

/** A session as one created before defaults were stored: no values but what is given here. */
async function oldSession(
  kept: Array<{ fieldId: string; value: string | null }>,
  status = 'draft',
) {
  const session = await createSession(world.app, world.token, { templateId: template.id });
  await world.db.delete(sessionValues).where(eq(sessionValues.sessionId, session.id));
  for (const { fieldId, value } of kept) {
    await world.db.insert(sessionValues).values({
      accountId: world.accountId,
      sessionId: session.id,
      fieldId,
      partyId: '',
      value,
      updatedAt: new Date(),
    });
  }
  await world.db
    .update(signingSessions)
    .set({ status: status as 'draft' })
    .where(eq(signingSessions.id, session.id));
  return session.id;
}

test('the migration stores the defaults of open sessions, keeps stored values and leaves finished ones', async () => {
  const bare = await oldSession([]);
  const edited = await oldSession([
    { fieldId: 'note', value: null },
    { fieldId: 'address', value: '2 Oak Ave' },
  ]);
  const finished = await oldSession([], 'completed');
  const migration = await readFile(
    new URL('../drizzle/0007_session-defaults.sql', import.meta.url),
    'utf8',
  );
  await world.db.run(sql.raw(migration));

  // Strictly equal: the checkbox default comes back as JSON false, not SQLite's 0.
  assert.deepEqual(await valuesOf(bare), { address: '1 Elm St', cash: false, note: 'Call first' });
  assert.deepEqual(await valuesOf(edited), { address: '2 Oak Ave', cash: false });
  assert.deepEqual(await valuesOf(finished), {});
});
