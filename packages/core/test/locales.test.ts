import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isLocale, pickLocale } from '../src/index.js';

test('pickLocale takes the most preferred supported language of an Accept-Language header', () => {
  assert.equal(pickLocale('de-DE,fr;q=0.8,en;q=0.5'), 'fr');
  assert.equal(pickLocale('en;q=0.4, es-MX'), 'es');
  assert.equal(pickLocale('fr-CA,fr;q=0.9'), 'fr');
  assert.equal(pickLocale('es;q=0, en;q=0.1'), 'en');
});

test('pickLocale reads a list like navigator.languages in its order', () => {
  assert.equal(pickLocale(['pt-BR', 'es-419', 'en']), 'es');
});

test('pickLocale answers undefined when nothing supported is asked for', () => {
  assert.equal(pickLocale('de,pt;q=0.5'), undefined);
  assert.equal(pickLocale(''), undefined);
  assert.equal(pickLocale(undefined), undefined);
  assert.equal(pickLocale('*'), undefined);
});

test('isLocale accepts only en, es and fr', () => {
  assert.ok(isLocale('es'));
  assert.ok(!isLocale('ES'));
  assert.ok(!isLocale('de'));
});
