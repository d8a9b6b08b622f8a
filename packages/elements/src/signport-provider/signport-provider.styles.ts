import { css } from 'lit';

// The provider only shares configuration: it adds no box of its own to the page's layout.
export const providerStyles = css`
  :host {
    display: contents;
  }
`;
