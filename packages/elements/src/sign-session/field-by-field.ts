import { html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PartyField, PartyView } from '@signport/core/client';
import { message } from '../base/messages.js';
import { inReadingOrder } from './field-rules.js';

/** Below this width (CSS px of the element, not the screen) the party signs field by field. */
const narrowWidth = 640;
/** The height a field is zoomed to on a phone: a comfortable tap target (WCAG 2.5.5 asks 44 px). */
const fieldHeight = 48;
const maxZoom = 4;
/** How much of the page a revealed field keeps to its left, as a share of the element's width. */
const leftContext = 0.15;

/**
 * The phone mode of `<sign-session>`: when the element is narrow, the pages are zoomed so a typical
 * field is a finger's height (the page still shows around it and scrolls sideways; pinch-zoom stays
 * the browser's), and a bar at the bottom steps through the party's fields one at a time.
 */
export class FieldByField implements ReactiveController {
  /** Whether the element is narrow enough for the phone mode. */
  narrow = false;
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #observer = new ResizeObserver(([entry]) => {
    const width = entry!.contentRect.width;
    const narrow = width > 0 && width < narrowWidth;
    if (narrow !== this.narrow || (narrow && Math.abs(width - this.#width) > 8)) {
      this.narrow = narrow;
      this.#width = width;
      // On the next frame: a render inside the observer's callback would resize what it observes.
      requestAnimationFrame(() => this.#host.requestUpdate());
    }
  });
  #width = 0;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer.observe(this.#host);
  }

  hostDisconnected(): void {
    this.#observer.disconnect();
  }

  /** How much wider than the element the pages are drawn: 1 on a wide screen. */
  zoom(view: PartyView): number {
    if (!this.narrow) return 1;
    const heights = view.fields
      .map((field) => {
        const page = view.pages.find((candidate) => candidate.number === field.page);
        return page ? (field.rect.height * page.height) / page.width : 0;
      })
      .filter((height) => height > 0)
      .sort((a, b) => a - b);
    const typical = heights[Math.floor(heights.length / 2)];
    if (!typical) return 1;
    return Math.min(maxZoom, Math.max(1, fieldHeight / (typical * this.#width)));
  }

  /**
   * Scrolls a field into view, vertically centred. On a phone the zoomed page also scrolls sideways:
   * the field centred when it fits, else its start a little in from the left edge, so the label
   * printed before it shows too and the field is never cut there. One native scroll does both (a
   * second one would cancel the first while it runs smoothly).
   */
  reveal(box: HTMLElement, behavior: ScrollBehavior): void {
    let inline: ScrollLogicalPosition = 'center';
    if (this.narrow) {
      const width = box.closest('[part~=document]')!.clientWidth;
      const margin = Math.max((width - box.getBoundingClientRect().width) / 2, width * leftContext);
      box.style.scrollMarginInlineStart = `${margin}px`;
      inline = 'start';
    }
    box.scrollIntoView({ block: 'center', inline, behavior });
  }

  /** The party's fields they can step through, in reading order. */
  steps(view: PartyView): PartyField[] {
    return inReadingOrder(view).filter((field) => !field.locked && field.type !== 'date_signed');
  }

  /** The bottom bar: Previous, where the party is ("Signature · Field 3 of 7"), Next. */
  render(view: PartyView, currentId: string | undefined, go: (field: PartyField) => void) {
    if (!this.narrow) return nothing;
    const steps = this.steps(view);
    if (!steps.length) return nothing;
    const index = steps.findIndex((field) => field.id === currentId);
    const current = steps[index];
    const element = this.#host;
    return html`<nav part="stepper" class="stepper" aria-label=${message(element, 'stepsLabel')}>
      <button
        type="button"
        part="button step-previous"
        ?disabled=${index <= 0}
        @click=${() => go(steps[index - 1]!)}
      >
        ‹ ${message(element, 'previousStep')}
      </button>
      <p class="where" aria-live="polite">
        ${
          current
            ? html`<strong>${current.name}</strong>
                <span>${message(element, 'stepOf', { number: index + 1, count: steps.length })}</span>`
            : nothing
        }
      </p>
      <button
        type="button"
        part="button button-primary step-next"
        ?disabled=${index === steps.length - 1}
        @click=${() => go(steps[index + 1]!)}
      >
        ${message(element, 'nextStep')} ›
      </button>
    </nav>`;
  }
}
