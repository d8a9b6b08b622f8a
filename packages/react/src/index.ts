// React components for every Signport element. Importing this module defines the elements.
import { createComponent } from '@lit/react';
import * as React from 'react';
import {
  ClientPortal as ClientPortalElement,
  ClientPortalLogin as ClientPortalLoginElement,
  PlanDefaultsElement,
  PortalAccessSetup as PortalAccessSetupElement,
  SenderPicker as SenderPickerElement,
  SessionComposer as SessionComposerElement,
  SignSession as SignSessionElement,
  SigningDashboard as SigningDashboardElement,
  SignportProvider as SignportProviderElement,
} from '@signport/elements';
// Its own entry in the elements package (not part of the all-elements bundle).
import { TemplateBuilder as TemplateBuilderElement } from '@signport/elements/template-builder/template-builder.js';
import { signportEvents } from './signport-events.js';

export { eventProp, signportEvents } from './signport-events.js';
export type { EventProp, EventProps } from './signport-events.js';

/** Shares `api` and `token` or `tokenProvider` with the Signport components inside it. */
export const SignportProvider = createComponent({
  tagName: 'signport-provider',
  elementClass: SignportProviderElement,
  react: React,
});

export const SignSession = createComponent({
  tagName: 'sign-session',
  elementClass: SignSessionElement,
  react: React,
  events: signportEvents(
    'signport-ready',
    'signport-save',
    'signport-complete',
    'signport-decline',
    'signport-form-start',
    'signport-workroom-change',
    'signport-error',
  ),
});

export const SenderPicker = createComponent({
  tagName: 'sender-picker',
  elementClass: SenderPickerElement,
  react: React,
  events: signportEvents('signport-sender-change', 'signport-ready', 'signport-error'),
});

export const SessionComposer = createComponent({
  tagName: 'session-composer',
  elementClass: SessionComposerElement,
  react: React,
  events: signportEvents(
    'signport-session-sent',
    'signport-sender-change',
    'signport-ready',
    'signport-error',
  ),
});

export const SigningDashboard = createComponent({
  tagName: 'signing-dashboard',
  elementClass: SigningDashboardElement,
  react: React,
  events: signportEvents('signport-ready', 'signport-error'),
});

export const ClientPortalLogin = createComponent({
  tagName: 'client-portal-login',
  elementClass: ClientPortalLoginElement,
  react: React,
  events: signportEvents('signport-login', 'signport-logout', 'signport-ready', 'signport-error'),
});

export const ClientPortal = createComponent({
  tagName: 'client-portal',
  elementClass: ClientPortalElement,
  react: React,
  events: signportEvents('signport-ready', 'signport-error'),
});

export const PortalAccessSetup = createComponent({
  tagName: 'portal-access-setup',
  elementClass: PortalAccessSetupElement,
  react: React,
  events: signportEvents(
    'signport-portal-access-save',
    'signport-portal-invite',
    'signport-ready',
    'signport-error',
  ),
});

export const PlanDefaults = createComponent({
  tagName: 'plan-defaults',
  elementClass: PlanDefaultsElement,
  react: React,
  events: signportEvents('signport-plan-defaults-save', 'signport-ready', 'signport-error'),
});

export const TemplateBuilder = createComponent({
  tagName: 'template-builder',
  elementClass: TemplateBuilderElement,
  react: React,
  events: signportEvents(
    'signport-template-change',
    'signport-template-save',
    'signport-ready',
    'signport-error',
  ),
});
