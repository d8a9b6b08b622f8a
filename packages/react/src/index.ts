// React components for every Signport element. Importing this module defines the elements.
export * from './components.js';
export { eventProp, signportEvents } from './signport-events.js';
export type { EventProp, EventProps } from './signport-events.js';
