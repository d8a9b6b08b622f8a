import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fillPlanMergeFields, planMergeValues } from '../src/rules/index.js';

test('merge fields fill from the contact and the agent; unknown names stay as written', () => {
  const values = planMergeValues(
    { name: ' Olivia  Owner' },
    { name: 'Alice Agent', email: 'alice@shoreline.example' },
  );
  assert.equal(
    fillPlanMergeFields(
      'Hi {{contact.first_name}} ({{ contact.name }}), {{agent.name}} <{{agent.email}}> {{contact.budget}}',
      values,
    ),
    'Hi Olivia ( Olivia  Owner), Alice Agent <alice@shoreline.example> {{contact.budget}}',
  );
  assert.equal(
    fillPlanMergeFields('From {{agent.name}}', planMergeValues({ name: 'Ben' }, undefined)),
    'From {{agent.name}}',
  );
});
