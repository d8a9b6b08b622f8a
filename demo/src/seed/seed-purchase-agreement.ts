import type { Template, UpdateTemplateRequest } from '@signport/core';
import type { ApiClient } from '@signport/core/client';
import { makePurchaseAgreement } from '../../../packages/server/test/fixtures/make-purchase-agreement.js';
import { purchaseAgreement, roleOfAgreementField } from '../signing/purchase-agreement.js';
import { apiAsUser, findTemplate } from './api-as-user.js';

export interface SeedPurchaseAgreementOptions {
  apiUrl: string;
  /** Client with the account's secret key, to mint the owner's embed token. */
  hostApi: ApiClient;
  /** The template seeded on an earlier start, if any. */
  templateId: string | undefined;
}

/**
 * Makes sure the owner (Betty) has the purchase agreement template, and returns its id. Like a real
 * host backend, the demo mints an embed token for her with the secret key and calls the API as
 * her: it uploads the generated PDF, then routes its fields to buyer and seller, signs in order
 * (buyer, then seller), lets a session be saved incomplete (so an agent can fill it over the phone
 * and hand it off) and locks the fields the sender fixes. A template seeded earlier is kept, only
 * allowed to save incomplete if it was not, so the hand-off page works with it.
 */
export async function seedPurchaseAgreement({
  apiUrl,
  hostApi,
  templateId,
}: SeedPurchaseAgreementOptions): Promise<{ templateId: string; created: boolean }> {
  const ownerApi = await apiAsUser(apiUrl, hostApi, purchaseAgreement.ownerExternalId);
  const existing = await findTemplate(ownerApi, templateId);
  if (existing) {
    if (!existing.saveIncomplete) {
      const body: UpdateTemplateRequest = { saveIncomplete: true };
      await ownerApi.request<Template>(`/v1/templates/${existing.id}`, { method: 'PATCH', body });
    }
    return { templateId: existing.id, created: false };
  }

  const upload = new FormData();
  // A copy typed as backed by a plain ArrayBuffer, which is what Blob accepts.
  const pdf = new Uint8Array(await makePurchaseAgreement());
  upload.append('file', new Blob([pdf], { type: 'application/pdf' }), 'purchase-agreement.pdf');
  upload.append('name', purchaseAgreement.name);
  upload.append('roles', JSON.stringify(purchaseAgreement.roles));
  const uploaded = await ownerApi.request<Template>('/v1/templates', {
    method: 'POST',
    body: upload,
  });

  const locked = new Set<string>(purchaseAgreement.lockedFieldIds);
  const body: UpdateTemplateRequest = {
    signingOrder: 'sequential',
    saveIncomplete: true,
    fields: uploaded.fields.map((field) => ({
      ...field,
      role: roleOfAgreementField(field.id),
      locked: locked.has(field.id),
    })),
  };
  await ownerApi.request<Template>(`/v1/templates/${uploaded.id}`, { method: 'PATCH', body });
  return { templateId: uploaded.id, created: true };
}
