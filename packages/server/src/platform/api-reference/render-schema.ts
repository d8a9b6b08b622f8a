import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { inlineCode } from './inline-code.js';
import type { JsonSchema } from './openapi-types.js';

type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

const refName = (ref: string) => ref.split('/').at(-1) ?? ref;

/** A one-line type such as `string (email)`, `array of User` or a link to a named schema. */
export function renderType(schema: JsonSchema): Html {
  if (schema.$ref)
    return html`<a href="#schema-${refName(schema.$ref)}">${refName(schema.$ref)}</a>`;
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants)
    return html`${variants.map((variant, i) => html`${i > 0 ? ' | ' : ''}${renderType(variant)}`)}`;
  if (schema.const !== undefined) return html`<code>${JSON.stringify(schema.const)}</code>`;
  if (schema.enum)
    return html`one of
    ${schema.enum.map((value, i) => html`${i > 0 ? ', ' : ''}<code>${JSON.stringify(value)}</code>`)}`;
  if (schema.type === 'array' && schema.items) return html`array of ${renderType(schema.items)}`;
  const type = Array.isArray(schema.type) ? schema.type.join(' | ') : (schema.type ?? 'any');
  return html`${type}${schema.format ? ` (${schema.format})` : ''}`;
}

function constraints(schema: JsonSchema): string[] {
  const notes: string[] = [];
  if (schema.minLength !== undefined) notes.push(`min length ${schema.minLength}`);
  if (schema.maxLength !== undefined) notes.push(`max length ${schema.maxLength}`);
  if (schema.minimum !== undefined) notes.push(`≥ ${schema.minimum}`);
  if (schema.maximum !== undefined) notes.push(`≤ ${schema.maximum}`);
  if (schema.pattern !== undefined) notes.push(`pattern ${schema.pattern}`);
  if (schema.default !== undefined) notes.push(`default ${JSON.stringify(schema.default)}`);
  return notes;
}

/** An object's properties as a table (nested objects inline); any other schema as its type. */
export function renderSchema(schema: JsonSchema): Html {
  if (!schema.properties) {
    return html`<p class="type">${renderType(schema)}</p>
      ${constraints(schema).map((note) => html`<div class="note">${note}</div>`)}`;
  }
  const required = new Set(schema.required ?? []);
  return html`<table class="schema">
    <thead>
      <tr>
        <th>Field</th>
        <th>Type</th>
        <th>Notes</th>
      </tr>
    </thead>
    <tbody>
      ${Object.entries(schema.properties).map(
        ([name, property]) =>
          html`<tr>
            <td>
              <code>${name}</code
              >${required.has(name) ? html` <span class="req">required</span>` : ''}
            </td>
            <td>${property.properties ? renderSchema(property) : renderType(property)}</td>
            <td>
              ${inlineCode(property.description)}${constraints(property).map((note) => html`<div class="note">${note}</div>`)}
            </td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}
