import type { Client } from '@signport/core/client';
import type { SignportElement } from '../base/signport-element.js';

/** What a section of `<client-detail>` needs from the element. */
export interface DetailHost extends SignportElement {
  /** The client as last loaded. */
  readonly current: Client | undefined;
  /** The request path of the client, e.g. `/v1/clients/cli_1`. */
  readonly clientPath: string;
  /** What every section's load follows (server, token, client); undefined before there is a client. */
  loadDependencies(): readonly unknown[] | undefined;
  /** Loads the client again (after its unread count changed) and tells the page. */
  clientChanged(): Promise<void>;
}
