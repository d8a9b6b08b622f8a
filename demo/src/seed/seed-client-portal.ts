import type {
  ActivityList,
  Client,
  ClientDocumentList,
  ClientList,
  CommunicationList,
  CreateActivityRequest,
  CreateClientRequest,
  CreateCommunicationRequest,
  CreateFeedbackRequest,
  CreatePropertyRequest,
  FeedbackList,
  Property,
} from '@signport/core';
import type { ApiClient } from '@signport/core/client';
import { findDemoUser } from '../demo-users.js';
import { listingAgreementPdf } from '../portal/listing-agreement-pdf.js';
import {
  ben,
  listedProperty,
  listingAgreementName,
  olivia,
  oliviaActivity,
  oliviaCommunications,
  showingFeedback,
  type DemoClient,
} from '../portal/shoreline-clients.js';
import type { SeededUsers } from './seed-users.js';

/** What the demo site needs to know about the seeded clients. */
export interface SeededClientPortal {
  /** Olivia Owner, whose portal access Alice sets up. */
  ownerClientId: string;
}

/**
 * Gives Alice her clients through the API with the secret key, as a host backend mirrors its CRM:
 * Olivia Owner with her listed property, three showings' feedback, the listing agreement shared
 * with her, her communication log and activity; and a buyer, Ben. Each part is added only when it
 * is missing, so every start may run it. Nothing here sends an email.
 */
export async function seedClientPortal(
  hostApi: ApiClient,
  users: SeededUsers,
): Promise<SeededClientPortal> {
  const owner = await ensureClient(hostApi, users, olivia, async () => {
    const body: CreatePropertyRequest = listedProperty;
    const property = await hostApi.request<Property>('/v1/properties', { method: 'POST', body });
    return [property.id];
  });
  await ensureClient(hostApi, users, ben, async () => []);

  const [propertyId] = owner.propertyIds;
  if (propertyId) {
    const feedbackPath = `/v1/properties/${propertyId}/feedback`;
    if ((await hostApi.request<FeedbackList>(feedbackPath)).items.length === 0) {
      for (const body of showingFeedback() satisfies CreateFeedbackRequest[]) {
        await hostApi.request(feedbackPath, { method: 'POST', body });
      }
    }
  }

  const clientPath = `/v1/clients/${owner.id}`;
  if ((await hostApi.request<ClientDocumentList>(`${clientPath}/documents`)).items.length === 0) {
    const pdf = listingAgreementPdf({
      owner: olivia.name,
      agent: findDemoUser(olivia.agent)?.name ?? olivia.agent,
      address: listedProperty.address,
      price: listedProperty.price,
    });
    const upload = new FormData();
    upload.append('file', new Blob([pdf], { type: 'application/pdf' }), listingAgreementName);
    upload.append('accessible', 'true');
    await hostApi.request(`${clientPath}/documents`, { method: 'POST', body: upload });
  }
  // Signport logs its own emails here too; only the host's entries say whether this ran.
  const log = await hostApi.request<CommunicationList>(`${clientPath}/communications`);
  if (!log.items.some((entry) => entry.source === 'host')) {
    for (const body of oliviaCommunications() satisfies CreateCommunicationRequest[]) {
      await hostApi.request(`${clientPath}/communications`, { method: 'POST', body });
    }
  }
  const activity = await hostApi.request<ActivityList>(`${clientPath}/activity`);
  if (!activity.items.some((entry) => entry.source === 'host')) {
    for (const body of oliviaActivity() satisfies CreateActivityRequest[]) {
      await hostApi.request(`${clientPath}/activity`, { method: 'POST', body });
    }
  }
  return { ownerClientId: owner.id };
}

/** The client with this email, created (assigned to its agent) when there is none. */
async function ensureClient(
  hostApi: ApiClient,
  users: SeededUsers,
  client: DemoClient,
  propertyIds: () => Promise<string[]>,
): Promise<Client> {
  const search = new URLSearchParams({ search: client.email, limit: '1' });
  const [existing] = (await hostApi.request<ClientList>(`/v1/clients?${search}`)).items;
  if (existing) return existing;
  const assignedAgentId = users.get(client.agent)?.id;
  if (!assignedAgentId) throw new Error(`Seed ${client.agent} before their clients`);
  const body: CreateClientRequest = {
    name: client.name,
    email: client.email,
    ...(client.phone && { phone: client.phone }),
    type: client.type,
    assignedAgentId,
    propertyIds: await propertyIds(),
  };
  return hostApi.request<Client>('/v1/clients', { method: 'POST', body });
}
