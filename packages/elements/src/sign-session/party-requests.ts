import type {
  ApiClient,
  Attachment,
  CompletePartyRequest,
  ConsentDisclosure,
  FieldValues,
  NamedParties,
  NextPartyRequest,
  PartyConsent,
  PartyContactRequest,
  PartyOutcome,
  PartyView,
  SavedPartyValues,
  Workroom,
} from '@signport/core/client';

/**
 * The party API, reached with the party link token as the bearer token: every call of
 * `<sign-session>` goes through the element's API client, typed with core's schemas.
 */
export const partyRequests = {
  load: (api: ApiClient, signal?: AbortSignal) => api.request<PartyView>('/v1/party', { signal }),
  /** With `keepalive`, the request still arrives when it was sent as the page unloads. */
  save: (api: ApiClient, values: FieldValues, keepalive?: boolean) =>
    api.request<SavedPartyValues>('/v1/party/values', {
      method: 'PATCH',
      body: { values },
      keepalive,
    }),
  /** Stored once: later visits load the view with `consent.acceptedAt` set. */
  consent: (api: ApiClient, body: PartyConsent) =>
    api.request<ConsentDisclosure>('/v1/party/consent', { body }),
  complete: (api: ApiClient, body: CompletePartyRequest) =>
    api.request<PartyOutcome>('/v1/party/complete', { body }),
  decline: (api: ApiClient, reason: string) =>
    api.request<PartyOutcome>('/v1/party/decline', { body: { reason } }),
  /** The file's bytes as the body (no multipart); the server reads the type from them. */
  attach: (api: ApiClient, fieldId: string, file: File) =>
    api.request<Attachment>(
      `/v1/party/attachments/${encodeURIComponent(fieldId)}?filename=${encodeURIComponent(file.name)}`,
      { body: file },
    ),
  nameNextParty: (api: ApiClient, body: NextPartyRequest) =>
    api.request<NamedParties>('/v1/party/next-party', { body }),
  /** A public form's party gives their name and email; the server may email them a link to resume. */
  saveContact: (api: ApiClient, body: PartyContactRequest) =>
    api.request<{ resumeLinkSent: boolean }>('/v1/party/contact', { method: 'PUT', body }),
  /** Who signs and how far each is, with its ETag; `undefined` while unchanged since `etag`. */
  workroom: async (api: ApiClient, etag: string, signal: AbortSignal) => {
    const response = await api.request<Response>('/v1/party/workroom', {
      headers: etag ? { 'if-none-match': etag } : {},
      signal,
      raw: true,
    });
    if (response.status === 304) return undefined;
    return { value: (await response.json()) as Workroom, etag: response.headers.get('etag') ?? '' };
  },
};
