import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  fieldsFromTextTags,
  initialsOnEveryPage,
  parseTextTag,
  taggedFieldRect,
} from '../src/index.js';

const LETTER = { width: 612, height: 792 };
/** A tag 100 × 10 pt drawn 72 pt from the left and 100 pt from the top of a letter page. */
const TAG_RECT = { x: 72 / 612, y: 100 / 792, width: 100 / 612, height: 10 / 792 };
const found = (text: string, page = 1) => ({ text, page, rect: TAG_RECT, pageSize: LETTER });

test('a tag names a type and a role, and attributes shape the field', () => {
  assert.deepEqual(parseTextTag('{{signature:buyer}}'), {
    ok: true,
    value: { type: 'signature', role: 'buyer', everyPage: false },
  });
  assert.deepEqual(
    parseTextTag('{{text:buyer; name=buyer_name ;label=Buyer name;required;width=200;height=18}}'),
    {
      ok: true,
      value: {
        type: 'text',
        role: 'buyer',
        id: 'buyer_name',
        label: 'Buyer name',
        required: true,
        width: 200,
        height: 18,
        everyPage: false,
      },
    },
  );
  assert.deepEqual(parseTextTag('{{radio:seller;options=Cash|Loan;optional}}'), {
    ok: true,
    value: {
      type: 'radio',
      role: 'seller',
      options: ['Cash', 'Loan'],
      required: false,
      everyPage: false,
    },
  });
  assert.deepEqual(parseTextTag('{{initials:seller;page=all}}'), {
    ok: true,
    value: { type: 'initials', role: 'seller', everyPage: true },
  });
  assert.equal(
    (parseTextTag('{{signature:buyer;required=false}}') as { value: { required: boolean } }).value
      .required,
    false,
  );
});

test('each kind of mistake in a tag is named', () => {
  const problems: Record<string, string> = {
    '{{signature}}': 'Start the tag with a field type and a role, e.g. {{signature:buyer}}',
    '{{signatur:buyer}}':
      'Unknown field type “signatur”; use one of signature, initials, text, date, date_signed, checkbox, radio, select, number, email, attachment',
    '{{signature:Buyer One}}':
      'Start the tag with a field type and a role, e.g. {{signature:buyer}}',
    '{{signature:Buyer}}':
      '“Buyer” is not a role key: use lower-case letters, digits and _ (e.g. buyer)',
    '{{text:buyer;colour=red}}': 'Unknown option “colour”',
    '{{text:buyer;required;optional}}': '“optional” is given twice',
    '{{text:buyer;name=my name}}':
      'name= takes a field id: letters, digits and . _ - (at most 100)',
    '{{text:buyer;width=wide}}': 'width= takes a size in points, e.g. width=150',
    '{{select:buyer}}': 'A select tag needs options, e.g. options=Yes|No',
    '{{text:buyer;options=a|b}}': 'A text tag has no options',
    '{{radio:buyer;options=a|a}}': 'Options must differ',
    '{{text:buyer;page=all}}': 'page=all is for signature, initials and date_signed tags',
    '{{initials:buyer;page=2}}': 'page= takes the value all',
    '{{signature:buyer}': 'The tag is not closed: end it with }} on the same line',
  };
  for (const [tag, message] of Object.entries(problems)) {
    assert.deepEqual(parseTextTag(tag), { ok: false, message }, tag);
  }
});

test('a field stands on its tag’s baseline from its left edge, at least as large as the type needs', () => {
  const signature = taggedFieldRect({ type: 'signature' }, TAG_RECT, LETTER);
  assert.ok(Math.abs(signature.x - TAG_RECT.x) < 1e-5);
  assert.ok(
    Math.abs((signature.y + signature.height) * 792 - 110) < 0.01,
    'bottom on the tag’s bottom',
  );
  assert.ok(Math.abs(signature.height * 792 - 30) < 0.01);
  assert.ok(Math.abs(signature.width * 612 - 120) < 0.01, 'wider than the tag');
  const text = taggedFieldRect({ type: 'text', width: 200, height: 18 }, TAG_RECT, LETTER);
  assert.ok(Math.abs(text.width * 612 - 200) < 0.01 && Math.abs(text.height * 792 - 18) < 0.01);
  const box = taggedFieldRect({ type: 'checkbox' }, TAG_RECT, LETTER);
  assert.ok(Math.abs(box.width * 612 - box.height * 792) < 0.01, 'a checkbox is square');
  const edge = taggedFieldRect({ type: 'signature', width: 400 }, { ...TAG_RECT, x: 0.9 }, LETTER);
  assert.ok(edge.x + edge.width <= 1, 'kept on its page');
});

test('tags become fields with ids, labels and roles in order of appearance', () => {
  const { fields, roleKeys, problems } = fieldsFromTextTags(
    [
      found('{{signature:seller}}'),
      found('{{signature:buyer}}'),
      found('{{signature:buyer}}', 2),
      found('{{text:buyer;name=buyer_name}}'),
      found('{{initials:buyer;page=all}}'),
    ],
    { pageCount: 2, takenIds: ['buyer_signature'] },
  );
  assert.deepEqual(problems, []);
  assert.deepEqual(roleKeys, ['seller', 'buyer']);
  assert.deepEqual(
    fields.map((f) => [f.id, f.name, f.page]),
    [
      ['seller_signature', 'Seller signature', 1],
      ['buyer_signature_2', 'Buyer signature', 1],
      ['buyer_signature_3', 'Buyer signature', 2],
      ['buyer_name', 'Buyer name', 1],
      ['buyer_initials_p1', 'Buyer initials (page 1)', 1],
      ['buyer_initials_p2', 'Buyer initials (page 2)', 2],
    ],
  );
});

test('every faulty tag is reported with its page, and then no field is made', () => {
  const { fields, problems } = fieldsFromTextTags(
    [
      found('{{signature:buyer}}'),
      found('{{signature:tenant}}', 2),
      found('{{text:buyer;name=dup}}', 2),
      found('{{text:buyer;name=dup}}', 3),
      found('{{txt:buyer}}', 3),
    ],
    { roles: ['buyer', 'seller'], pageCount: 3, takenIds: [] },
  );
  assert.deepEqual(fields, []);
  assert.deepEqual(problems, [
    {
      tag: '{{signature:tenant}}',
      page: 2,
      message: 'No role “tenant” in this template (its roles: buyer, seller)',
    },
    { tag: '{{text:buyer;name=dup}}', page: 3, message: 'Another field is already named “dup”' },
    {
      tag: '{{txt:buyer}}',
      page: 3,
      message:
        'Unknown field type “txt”; use one of signature, initials, text, date, date_signed, checkbox, radio, select, number, email, attachment',
    },
  ]);
});

test('initials on every page: one field per role and page, at the chosen place', () => {
  const rect = { x: 0.8, y: 0.95, width: 0.08, height: 0.03 };
  const fields = initialsOnEveryPage(
    [
      { role: 'buyer', rect },
      { role: 'seller', rect: { ...rect, x: 0.9 } },
    ],
    3,
  );
  assert.deepEqual(
    fields.map((f) => [f.id, f.role, f.type, f.page, f.rect.x]),
    [
      ['buyer_initials_p1', 'buyer', 'initials', 1, 0.8],
      ['buyer_initials_p2', 'buyer', 'initials', 2, 0.8],
      ['buyer_initials_p3', 'buyer', 'initials', 3, 0.8],
      ['seller_initials_p1', 'seller', 'initials', 1, 0.9],
      ['seller_initials_p2', 'seller', 'initials', 2, 0.9],
      ['seller_initials_p3', 'seller', 'initials', 3, 0.9],
    ],
  );
});
