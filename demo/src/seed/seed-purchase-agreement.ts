import type { EmbedToken, Template, UpdateTemplateRequest } from '@signport/core';
import { ApiClient, SignportApiError } from '@signport/core/client';
import { makePurchaseAgreement } from '../../../packages/server/test/fixtures/make-purchase-agreement.js';
import { purchaseAgreement, roleOfAgreementField } from '../signing/purchase-agreement.js';

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
 * (buyer, then seller) and locks the fields the sender fixes. A template seeded earlier is kept.
 */
export async function seedPurchaseAgreement({
  apiUrl,
  hostApi,
  templateId,
}: SeedPurchaseAgreementOptions): Promise<{ templateId: string; created: boolean }> {
  const { token } = await hostApi.request<EmbedToken>('/v1/embed-tokens', {
    method: 'POST',
    body: { externalId: purchaseAgreement.ownerExternalId },
  });
  const ownerApi = new ApiClient({ baseUrl: apiUrl, token });
  if (templateId && (await templateExists(ownerApi, templateId))) {
    return { templateId, created: false };
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
    fields: uploaded.fields.map((field) => ({
      ...field,
      role: roleOfAgreementField(field.id),
      locked: locked.has(field.id),
    })),
  };
  await ownerApi.request<Template>(`/v1/templates/${uploaded.id}`, { method: 'PATCH', body });
  return { templateId: uploaded.id, created: true };
}

async function templateExists(api: ApiClient, templateId: string): Promise<boolean> {
  try {
    await api.request<Template>(`/v1/templates/${encodeURIComponent(templateId)}`);
    return true;
  } catch (error) {
    if (error instanceof SignportApiError && error.status === 404) return false;
    throw error;
  }
}
