import type { TemplateField, TemplateRole } from '@signport/core/client';

/** The template as the builder holds it after an edit, before the server has stored it. */
export interface SignportTemplateChangeDetail {
  templateId: string;
  roles: TemplateRole[];
  signingOrder: 'parallel' | 'sequential';
  fields: TemplateField[];
}

/** Fired by `<template-builder>` after every edit (add, move, resize, delete, undo, redo…). */
export type SignportTemplateChangeEvent = CustomEvent<SignportTemplateChangeDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'signport-template-change': SignportTemplateChangeEvent;
  }
}
