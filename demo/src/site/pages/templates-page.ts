import { html } from 'hono/html';
import type { DemoUser } from '../../demo-users.js';

/**
 * "Templates": `<template-builder>` for the logged-in agent. It starts from a PDF (the demo's flat
 * offer, which has no form fields) and saves every change as the agent places fields; the template
 * is then sent from Compose. The builder is its own bundle, loaded only here.
 */
export function templatesPage({ user, apiUrl }: { user: DemoUser; apiUrl: string }) {
  return html`
    <script type="module" src="${apiUrl}/elements/template-builder.js"></script>
    <h1>Templates</h1>
    <p class="lead">
      Turn a flat PDF into a template: choose a field type, then click or drag on the page — or use
      the keyboard alone. Every change is saved as you go. Try it with the
      <a href="/assets/offer-to-purchase.pdf" download>demo offer to purchase</a> (a PDF without
      form fields), then send it from <a href="/send-on-behalf">Compose</a>.
    </p>
    <section class="card" aria-label="Build a template" data-element-slot="template-builder">
      <template-builder></template-builder>
    </section>
    <p class="status-detail">Logged in as ${user.name}.</p>
  `;
}
