import { createContext } from './context.js';
import type { TokenProvider } from '@signport/core/client';

/** What `<signport-provider>` shares with the elements inside it. */
export interface SignportConfig {
  /** Base URL of the Signport server. */
  api: string | undefined;
  /** A fixed embed token. */
  token: string | undefined;
  /** Returns a fresh embed token; asked before every request. */
  tokenProvider: TokenProvider | undefined;
}

// A string key, not a Symbol: each per-element bundle carries its own copy of this module, and a
// provider from one bundle must still answer elements from another.
export const signportContext = createContext<SignportConfig | undefined>('signport-config');
