import { css } from 'lit';

/**
 * Isolates an element from the page: `all: initial` stops inherited text styles (line height,
 * letter spacing, alignment, transforms…) from leaking in; font size and colour are taken from the
 * page on purpose, and visibility so a hidden ancestor still hides the element. The font family is
 * the `--signport-font-family` token, a system UI stack by default, so an unstyled page's serif
 * default (Times) never reaches the elements.
 *
 * A page rule that matches the element itself (`* { line-height: 3 }`) beats `:host`, so the text
 * reset and the font are made again on the shadow root's top-level nodes, which no page rule can reach.
 */
export const hostStyles = css`
  :host {
    all: initial;
    display: block;
    visibility: inherit;
    font-family: var(--_font-family);
    font-size: var(--signport-font-size, inherit);
    line-height: var(--_line-height);
    color: var(--signport-color-text, inherit);
  }

  :host > * {
    font-family: var(--_font-family);
    line-height: var(--_line-height);
    letter-spacing: normal;
    text-transform: none;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  :focus-visible {
    outline: var(--_focus-ring-width) solid var(--_focus-ring-color);
    outline-offset: 2px;
  }
`;
