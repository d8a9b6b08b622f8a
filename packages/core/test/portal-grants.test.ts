import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  clientStatuses,
  mayView,
  portalSections,
  visibleSections,
  type PortalSection,
} from '../src/index.js';

// All 128 subsets of the seven sections, for both statuses.
const subsets = portalSections.reduce<PortalSection[][]>(
  (all, section) => [...all, ...all.map((subset) => [...subset, section])],
  [[]],
);

test('there are 128 grant combinations to check', () => {
  assert.equal(subsets.length, 2 ** portalSections.length);
});

for (const status of clientStatuses) {
  test(`an ${status} client sees exactly what is granted${status === 'inactive' ? ': nothing' : ''}`, () => {
    for (const grants of subsets) {
      for (const section of portalSections) {
        assert.equal(
          mayView({ status, grants }, section),
          status === 'active' && grants.includes(section),
        );
      }
      const expected = status === 'active' ? portalSections.filter((s) => grants.includes(s)) : [];
      assert.deepEqual(visibleSections({ status, grants }), expected);
    }
  });
}

test('sections come in the portal’s order whatever order they were granted in', () => {
  assert.deepEqual(
    visibleSections({ status: 'active', grants: ['signings', 'documents', 'feedback'] }),
    ['documents', 'feedback', 'signings'],
  );
});
