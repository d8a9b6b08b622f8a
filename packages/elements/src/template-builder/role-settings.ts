import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { SigningOrder, TemplateRole } from '@signport/core/client';
import type { TemplateDraft } from './template-draft.js';
import { text } from './template-builder.messages.js';

/** A role key from its name, as the server accepts them: `Listing agent` → `listing_agent`. */
function keyFrom(name: string, taken: readonly string[]): string {
  const base =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^[^a-z]+|_+$/g, '')
      .slice(0, 36) || 'signer';
  let key = base;
  for (let n = 2; taken.includes(key); n += 1) key = `${base}_${n}`;
  return key;
}

/**
 * The roles (name, key, order, colour by position) and the signing order. A role still holding
 * fields cannot be removed: its fields would have no one to fill them. Errors the server names as
 * `roles.N.property` show next to that input.
 */
export function roleSettingsTemplate(
  element: Element,
  draft: TemplateDraft,
  saveError: { roleIndex?: number; property?: string; error: { message: string } } | undefined,
  /** Applies an edit to the draft as it is when the edit lands (not as it was rendered). */
  commit: (edit: (current: TemplateDraft) => TemplateDraft) => void,
) {
  const t = (key: Parameters<typeof text>[1], values?: Record<string, string | number>) =>
    text(element, key, values);
  const setRole = (index: number, change: Partial<TemplateRole>) =>
    commit((d) => ({
      ...d,
      roles: d.roles.map((r, i) => (i === index ? { ...r, ...change } : r)),
    }));
  const addRole = () =>
    commit((d) => {
      const n = d.roles.length + 1;
      const name = t('builderNewRole', { n });
      const key = keyFrom(
        name,
        d.roles.map((r) => r.key),
      );
      return { ...d, roles: [...d.roles, { key, name, order: n }] };
    });
  const errorAt = (index: number, property: string) =>
    saveError?.roleIndex === index && saveError.property === property
      ? saveError.error.message
      : undefined;
  return html`<section part="roles" aria-labelledby="roles-title">
    <h3 id="roles-title">${t('builderRoles')}</h3>
    <div class="setting">
      <label for="signing-order">${t('builderSigningOrder')}</label>
      <select
        id="signing-order"
        @change=${(event: Event) =>
          commit((d) => ({
            ...d,
            signingOrder: (event.target as HTMLSelectElement).value as SigningOrder,
          }))}
      >
        <option value="parallel" ?selected=${draft.signingOrder === 'parallel'}>
          ${t('builderParallel')}
        </option>
        <option value="sequential" ?selected=${draft.signingOrder === 'sequential'}>
          ${t('builderSequential')}
        </option>
      </select>
    </div>
    <div class="roles">
      ${draft.roles.map((role, index) => {
        const used = draft.fields.some((f) => f.role === role.key);
        const input = (property: 'name' | 'key' | 'order', type = 'text') => {
          const error = errorAt(index, property);
          const id = `role-${index}-${property}`;
          return html`<span class="setting">
            <label for=${id}
              >${t(property === 'name' ? 'builderRoleName' : property === 'key' ? 'builderRoleKey' : 'builderRoleOrder')}</label
            >
            <input
              id=${id}
              type=${type}
              min=${type === 'number' ? '1' : nothing}
              .value=${live(String(role[property]))}
              aria-invalid=${error ? 'true' : 'false'}
              aria-describedby=${error ? `${id}-error` : nothing}
              @change=${(event: Event) => {
                const value = (event.target as HTMLInputElement).value;
                setRole(index, { [property]: property === 'order' ? Number(value) : value });
              }}
            />
            ${error ? html`<p part="field-error" id=${`${id}-error`}>${error}</p>` : nothing}
          </span>`;
        };
        return html`<div class="role" role="group" aria-label=${role.name}>
          <span
            class="swatch role-${index % 6}"
            role="img"
            aria-label=${t('builderRoleColour', { n: index + 1 })}
          ></span>
          ${input('name')} ${input('key')} ${input('order', 'number')}
          <button
            type="button"
            ?disabled=${draft.roles.length === 1 || used}
            @click=${() => commit((d) => ({ ...d, roles: d.roles.filter((_, i) => i !== index) }))}
          >
            ${t('builderRemoveRole', { name: role.name })}
          </button>
        </div>`;
      })}
    </div>
    <button type="button" @click=${addRole}>${t('builderAddRole')}</button>
  </section>`;
}
