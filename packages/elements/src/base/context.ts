import type { ReactiveControllerHost } from 'lit';

/**
 * A value an ancestor element shares with the elements inside it, named by a string so that a
 * provider from one bundle answers elements from another. It speaks the community context protocol
 * (`context-request` events, as `@lit/context` does) in a few hundred bytes instead of a few KB.
 */
export type Context<Value> = string & { readonly __value?: Value };

type Callback<Value> = (value: Value, unsubscribe: () => void) => void;

interface ContextRequest<Value> extends Event {
  context: Context<Value>;
  callback: Callback<Value>;
  subscribe?: boolean;
}

export function createContext<Value>(key: string): Context<Value> {
  return key;
}

/**
 * Answers requests for `context` from elements inside `host` with `read()`. Returns the function
 * to call after the value changed, which tells every subscriber.
 */
export function provideContext<Value>(
  host: HTMLElement,
  context: Context<Value>,
  read: () => Value,
): () => void {
  const subscribers = new Set<Callback<Value>>();
  // Listening from the constructor: the host upgrades before the elements inside ask.
  host.addEventListener('context-request', (event) => {
    const request = event as ContextRequest<Value>;
    if (request.context !== context) return;
    event.stopPropagation();
    const { callback } = request;
    callback(read(), () => subscribers.delete(callback));
    if (request.subscribe) subscribers.add(callback);
  });
  return () => {
    for (const callback of subscribers) callback(read(), () => subscribers.delete(callback));
  };
}

/**
 * Asks the nearest provider of `context` for its value each time `host` connects, and hands every
 * value it then shares to `receive`.
 */
export function consumeContext<Value>(
  host: ReactiveControllerHost & HTMLElement,
  context: Context<Value>,
  receive: (value: Value) => void,
): void {
  let unsubscribe: (() => void) | undefined;
  host.addController({
    hostConnected() {
      const request = new Event('context-request', { bubbles: true, composed: true });
      host.dispatchEvent(
        Object.assign(request, {
          context,
          subscribe: true,
          callback: (value: Value, stop: () => void) => {
            unsubscribe = stop;
            receive(value);
          },
        }),
      );
    },
    hostDisconnected() {
      unsubscribe?.();
      unsubscribe = undefined;
    },
  });
}
