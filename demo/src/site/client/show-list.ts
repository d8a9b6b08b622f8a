import { element } from './create-element.js';

export interface ListOptions<T> {
  load: () => Promise<T[]>;
  item: (value: T) => HTMLElement;
  /** Shown when the list is empty. */
  empty: string;
  /** Starts the error line; the server's message follows. */
  failure: string;
}

/**
 * Fills `container` with a list loaded from the API, marking it busy while loading and
 * `data-state` loading → ready | error, so pages and tests can wait on it.
 */
export async function showList<T>(container: HTMLElement, options: ListOptions<T>): Promise<void> {
  container.dataset.state = 'loading';
  container.setAttribute('aria-busy', 'true');
  try {
    const items = await options.load();
    container.replaceChildren(
      items.length
        ? element('ul', { class: 'session-items' }, ...items.map(options.item))
        : element('p', { class: 'status-detail' }, options.empty),
    );
    container.dataset.state = 'ready';
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    container.replaceChildren(
      element('p', { class: 'form-error', role: 'alert' }, `${options.failure} ${reason}`),
    );
    container.dataset.state = 'error';
  } finally {
    container.removeAttribute('aria-busy');
  }
}
