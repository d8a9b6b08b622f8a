import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { MediaContent, OpenApiDocument, Operation } from './openapi-types.js';
import type { ErrorCatalogueEntry } from '../errors/error-catalogue.js';
import { inlineCode } from './inline-code.js';
import { renderSchema } from './render-schema.js';

type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

const methods = ['get', 'post', 'put', 'patch', 'delete'] as const;

const styles = `
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1d232b;display:flex}
nav{width:260px;flex:none;height:100vh;position:sticky;top:0;overflow:auto;background:#f4f6f8;padding:16px;box-sizing:border-box}
nav a{display:block;color:inherit;text-decoration:none;padding:2px 0;font-size:14px}
nav h3{margin:16px 0 4px;font-size:12px;text-transform:uppercase;color:#5b6670}
main{padding:24px 40px;max-width:960px;flex:1}
section.op{border-top:1px solid #dde3e8;padding:16px 0}
.method{display:inline-block;min-width:56px;font-weight:700;font-family:monospace;text-transform:uppercase}
.get{color:#0b7a3e}.post{color:#1a5fb4}.put{color:#9a6700}.patch{color:#8250df}.delete{color:#c01c28}
code,.path,pre{font-family:ui-monospace,monospace}
pre{background:#f4f6f8;padding:8px;overflow:auto;font-size:13px}
table{border-collapse:collapse;width:100%;margin:6px 0}th,td{border:1px solid #dde3e8;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f4f6f8;font-size:13px}.req{color:#c01c28;font-size:12px}.note{color:#5b6670;font-size:13px}
.auth{background:#fff4d6;padding:2px 6px;border-radius:4px;font-size:13px}
`;

const operationId = (method: string, path: string) =>
  `op-${method}-${path.replace(/[^A-Za-z0-9]+/g, '-')}`;

function renderContent(content: MediaContent | undefined): Html {
  return html`${Object.entries(content ?? {}).map(
    ([mediaType, { schema, example }]) =>
      html`<div class="note">${mediaType}</div>
        ${schema ? renderSchema(schema) : ''}
        ${
          example === undefined
            ? ''
            : html`<div class="note">Example</div>
              <pre>${JSON.stringify(example, null, 2)}</pre>`
        }`,
  )}`;
}

function renderOperation(method: string, path: string, op: Operation): Html {
  const schemes = (op.security ?? []).flatMap((requirement) => Object.keys(requirement));
  return html`<section class="op" id="${operationId(method, path)}">
    <h2><span class="method ${method}">${method}</span> <span class="path">${path}</span></h2>
    <p><strong>${op.summary ?? ''}</strong></p>
    ${op.description ? html`<p>${inlineCode(op.description)}</p>` : ''}
    <p>
      Auth:
      ${schemes.length ? schemes.map((s) => html`<a class="auth" href="#auth-${s}">${s}</a> `) : 'none'}
    </p>
    ${
      op.parameters?.length
        ? html`<h3>Parameters</h3>
            <table>
              <thead>
                <tr>
                  <th>Name</th>
                  <th>In</th>
                  <th>Schema</th>
                </tr>
              </thead>
              <tbody>
                ${op.parameters.map(
                  (p) =>
                    html`<tr>
                      <td>
                        <code>${p.name}</code
                        >${p.required ? html` <span class="req">required</span>` : ''}
                        <div class="note">
                          ${inlineCode(p.description ?? p.schema?.description)}
                        </div>
                      </td>
                      <td>${p.in}</td>
                      <td>${p.schema ? renderSchema(p.schema) : ''}</td>
                    </tr>`,
                )}
              </tbody>
            </table>`
        : ''
    }
    ${
      op.requestBody
        ? html`<h3>Request body</h3>
            ${renderContent(op.requestBody.content)}`
        : ''
    }
    <h3>Responses</h3>
    ${Object.entries(op.responses ?? {}).map(
      ([status, response]) =>
        html`<h4>${status} — ${inlineCode(response.description)}</h4>
          ${renderContent(response.content)}`,
    )}
  </section>`;
}

/**
 * A self-contained HTML reference of the API (no scripts, no external assets, so it works offline):
 * its authentication, the error codes, every operation with its auth, parameters, request and
 * response schemas and examples, then every named schema.
 */
export function renderApiReference(
  doc: OpenApiDocument,
  documentUrl: string,
  nonce: string,
  errors: readonly ErrorCatalogueEntry[],
): Html {
  const operations = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    methods
      .filter((m) => item[m])
      .map((method) => ({ method, path, op: item[method] as Operation })),
  );
  const tags = [...new Set(operations.map(({ op }) => op.tags?.[0] ?? 'Other'))];
  const schemas = Object.entries(doc.components?.schemas ?? {});
  const securitySchemes = Object.entries(doc.components?.securitySchemes ?? {});
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${doc.info.title} — API reference</title>
        <style nonce="${nonce}">
          ${styles}
        </style>
      </head>
      <body>
        <nav>
          <strong>${doc.info.title}</strong> <span class="note">${doc.info.version}</span>
          <a href="#auth">Authentication</a>
          <a href="#errors">Errors</a>
          ${tags.map(
            (tag) =>
              html`<h3>${tag}</h3>
                ${operations
                  .filter(({ op }) => (op.tags?.[0] ?? 'Other') === tag)
                  .map(
                    ({ method, path }) =>
                      html`<a href="#${operationId(method, path)}"
                        ><span class="method ${method}">${method}</span> ${path}</a
                      >`,
                  )}`,
          )}
          <h3>Schemas</h3>
          ${schemas.map(([name]) => html`<a href="#schema-${name}">${name}</a>`)}
        </nav>
        <main>
          <h1>${doc.info.title}</h1>
          ${doc.info.description ? html`<p>${inlineCode(doc.info.description)}</p>` : ''}
          <p>
            Machine-readable: <a href="${documentUrl}">${documentUrl}</a> (OpenAPI ${doc.openapi}).
          </p>
          <h2 id="auth">Authentication</h2>
          ${securitySchemes.map(
            ([name, scheme]) =>
              html`<p id="auth-${name}">
                <span class="auth">${name}</span> ${scheme.type} ${scheme.scheme ?? ''}
                ${scheme.bearerFormat ? `(${scheme.bearerFormat})` : ''} —
                ${inlineCode(scheme.description)}
              </p>`,
          )}
          <h2 id="errors">Errors</h2>
          <p>
            Every error has the shape <code>{"error":{"code","message","field"?}}</code>; a code
            always comes with the same status.
          </p>
          <table>
            <thead>
              <tr>
                <th>Status</th>
                <th>Code</th>
                <th>When</th>
              </tr>
            </thead>
            <tbody>
              ${errors.map(
                ({ status, code, meaning }) =>
                  html`<tr id="error-${code}">
                    <td>${status}</td>
                    <td><code>${code}</code></td>
                    <td>${inlineCode(meaning)}</td>
                  </tr>`,
              )}
            </tbody>
          </table>
          ${operations.map(({ method, path, op }) => renderOperation(method, path, op))}
          <h2>Schemas</h2>
          ${schemas.map(
            ([name, schema]) =>
              html`<section class="op" id="schema-${name}">
                <h3>${name}</h3>
                ${schema.description ? html`<p>${inlineCode(schema.description)}</p>` : ''}${renderSchema(schema)}
              </section>`,
          )}
        </main>
      </body>
    </html>`;
}
