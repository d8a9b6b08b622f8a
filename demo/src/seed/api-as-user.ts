import type { EmbedToken, Template } from '@signport/core';
import { ApiClient, SignportApiError } from '@signport/core/client';

/**
 * A client that calls the API as one of the host's users, as a real host backend does: it mints
 * the user's embed token with the account's secret key.
 */
export async function apiAsUser(
  apiUrl: string,
  hostApi: ApiClient,
  externalId: string,
): Promise<ApiClient> {
  const { token } = await hostApi.request<EmbedToken>('/v1/embed-tokens', {
    method: 'POST',
    body: { externalId },
  });
  return new ApiClient({ baseUrl: apiUrl, token });
}

/** The template with this id, or undefined when it was deleted (or never seeded). */
export async function findTemplate(
  api: ApiClient,
  templateId: string | undefined,
): Promise<Template | undefined> {
  if (!templateId) return undefined;
  try {
    return await api.request<Template>(`/v1/templates/${encodeURIComponent(templateId)}`);
  } catch (error) {
    if (error instanceof SignportApiError && error.status === 404) return undefined;
    throw error;
  }
}
