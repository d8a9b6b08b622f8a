/** The browser side of `api-endpoints.mjs`: one fresh scope of the test API per call. */
export interface TestApi {
  /** Base URL to give elements as `api`. */
  url: string;
  /** Makes the API hold its answers until `release()`, and/or answer with an error. */
  scenario(scenario: {
    hold?: boolean;
    failure?: { status: number; code: string; message: string; field?: string };
  }): Promise<void>;
  release(): Promise<void>;
  /** The Authorization header of every API request received, in order (`null` when absent). */
  authorizations(): Promise<(string | null)[]>;
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
    authorizations: async () =>
      ((await send('GET', '__requests')) as { authorization: string | null }[]).map(
        (r) => r.authorization,
      ),
  };
}
