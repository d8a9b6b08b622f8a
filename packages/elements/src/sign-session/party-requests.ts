import type {
  ApiClient,
  Attachment,
  CompletePartyRequest,
  ConsentDisclosure,
  FieldValues,
  NextPartyRequest,
  PartyConsent,
  PartyView,
} from '@signport/core/client';

/** `PATCH /v1/party/values` answers when the values were stored. */
export interface SavedValues {
  savedAt: string;
}

/** `POST /v1/party/complete` answers the session's status and, once everyone signed, the sealed PDF. */
export interface CompletedParty {
  status: string;
  documentUrl?: string;
}

/** The party API, reached with the party link token as the bearer token. */
export const partyRequests = {
  load: (api: ApiClient, signal?: AbortSignal) => api.request<PartyView>('/v1/party', { signal }),
  save: (api: ApiClient, values: FieldValues) =>
    api.request<SavedValues>('/v1/party/values', { method: 'PATCH', body: { values } }),
  /** Stored once: later visits load the view with `consent.acceptedAt` set. */
  consent: (api: ApiClient, body: PartyConsent) =>
    api.request<ConsentDisclosure>('/v1/party/consent', { body }),
  complete: (api: ApiClient, body: CompletePartyRequest) =>
    api.request<CompletedParty>('/v1/party/complete', { body }),
  decline: (api: ApiClient, reason: string) =>
    api.request<unknown>('/v1/party/decline', { body: { reason } }),
  /** The file's bytes as the body (no multipart); the server reads the type from them. */
  attach: (api: ApiClient, fieldId: string, file: File) =>
    api.request<Attachment>(
      `/v1/party/attachments/${encodeURIComponent(fieldId)}?filename=${encodeURIComponent(file.name)}`,
      { body: file },
    ),
  nameNextParty: (api: ApiClient, body: NextPartyRequest) =>
    api.request<unknown>('/v1/party/next-party', { body }),
};
