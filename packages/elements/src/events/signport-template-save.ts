import type { Template } from '@signport/core/client';

/** The template as the server stored it. */
export interface SignportTemplateSaveDetail {
  template: Template;
}

/** Fired by `<template-builder>` when an autosave has been accepted by the server. */
export type SignportTemplateSaveEvent = CustomEvent<SignportTemplateSaveDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'signport-template-save': SignportTemplateSaveEvent;
  }
}
