import type { PartyView } from '@signport/core/client';

/** One request the test API received. */
export interface ReceivedRequest {
  method: string;
  path: string;
  authorization: string | null;
  /** The parsed JSON body of a POST, PATCH or PUT. */
  body: unknown;
  /** The `Accept-Language` the request carried. */
  language?: string | null;
}

/** The browser side of `api-endpoints.ts`: one fresh scope of the test API per call. */
export interface TestApi {
  /** Base URL to give elements as `api`. */
  url: string;
  /** Makes the API hold its answers until `release()`, and/or answer with an error. */
  scenario(scenario: {
    hold?: boolean;
    /** Drop every connection: the browser sees a network error, as when offline. */
    drop?: boolean;
    failure?: { status: number; code: string; message: string; field?: string };
  }): Promise<void>;
  release(): Promise<void>;
  /** The Authorization header of every API request received, in order (`null` when absent). */
  authorizations(): Promise<(string | null)[]>;
  /** Every API request received, in order. */
  requests(): Promise<ReceivedRequest[]>;
  /** Sets the party the `/v1/party` routes answer for; fields in `lockedFieldIds` refuse saves. */
  party(setup: { view: PartyView; lockedFieldIds?: string[]; documentUrl?: string }): Promise<void>;
}

export function createTestApi(): TestApi {
  const url = `${location.origin}/test-api/${crypto.randomUUID()}`;
  const send = async (method: string, action: string, body?: unknown) => {
    const response = await fetch(`${url}/${action}`, {
      method,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`Test API ${action} answered ${response.status}`);
    return response.json() as Promise<unknown>;
  };
  return {
    url,
    scenario: async (scenario) => void (await send('PUT', '__scenario', scenario)),
    release: async () => void (await send('POST', '__release')),
    requests: async () => (await send('GET', '__requests')) as ReceivedRequest[],
    party: async (setup) => void (await send('PUT', '__party', setup)),
    authorizations: async () =>
      ((await send('GET', '__requests')) as { authorization: string | null }[]).map(
        (r) => r.authorization,
      ),
  };
}
