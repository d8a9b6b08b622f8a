import { css } from 'lit';

/**
 * Isolates an element from the page: `all: initial` stops inherited text styles (line height,
 * letter spacing, alignment, transforms…) from leaking in; only font and colour are taken from the
 * page on purpose, and visibility so a hidden ancestor still hides the element.
 */
export const hostStyles = css`
  :host {
    all: initial;
    display: block;
    visibility: inherit;
    box-sizing: border-box;
    font-family: var(--signport-font-family, inherit);
    font-size: var(--signport-font-size, inherit);
    line-height: var(--_line-height);
    color: var(--signport-color-text, inherit);
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  :focus-visible {
    outline: var(--_focus-ring-width) solid var(--_focus-ring-color);
    outline-offset: 2px;
  }
`;
