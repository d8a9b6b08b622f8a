import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { errorCodes } from '@signport/core';
import { errorCatalogue, errorCatalogueMarkdown } from '../src/platform/errors/error-catalogue.js';
import { testApp } from './support/test-server.js';

const apiGuide = readFileSync(new URL('../../../docs/api.md', import.meta.url), 'utf8');

/** The rows `| status | \`code\` | when |` of docs/api.md's error table, whatever their alignment. */
function documentedErrors(markdown: string) {
  return [...markdown.matchAll(/^\|\s*(\d{3})\s*\|\s*`([a-z_]+)`\s*\|\s*(.+?)\s*\|\s*$/gm)].map(
    ([, status, code, meaning]) => ({ code, status: Number(status), meaning }),
  );
}

test('docs/api.md catalogues every error code with the status and meaning the server uses', () => {
  assert.equal(errorCatalogue.length, errorCodes.length);
  const byCode = (a: { code?: string }, b: { code?: string }) =>
    (a.code ?? '').localeCompare(b.code ?? '');
  assert.deepEqual(
    documentedErrors(apiGuide).sort(byCode),
    errorCatalogue.map((entry) => ({ ...entry })).sort(byCode),
    `replace the table of docs/api.md#errors with:\n${errorCatalogueMarkdown()}`,
  );
});

test('/docs has the error reference', async (t) => {
  const { app } = await testApp(t);
  const page = await (await app.request('/docs')).text();
  for (const { code, status } of errorCatalogue) {
    assert.match(page, new RegExp(`<tr id="error-${code}">\\s*<td>${status}</td>`), code);
  }
});
