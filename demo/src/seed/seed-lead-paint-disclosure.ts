import type { Template } from '@signport/core';
import type { ApiClient } from '@signport/core/client';
import {
  leadPaintDisclosure,
  makeLeadPaintDisclosurePdf,
} from '../signing/lead-paint-disclosure.js';
import { apiAsUser, findTemplate } from './api-as-user.js';

/**
 * Makes sure Betty has the lead-based paint disclosure (its fields from the PDF's text tags), to
 * send with her purchase agreement as a packet; returns its id. One seeded earlier is kept.
 */
export async function seedLeadPaintDisclosure({
  apiUrl,
  hostApi,
  templateId,
}: {
  apiUrl: string;
  hostApi: ApiClient;
  templateId: string | undefined;
}): Promise<{ templateId: string; created: boolean }> {
  const ownerApi = await apiAsUser(apiUrl, hostApi, leadPaintDisclosure.ownerExternalId);
  const existing = await findTemplate(ownerApi, templateId);
  if (existing) return { templateId: existing.id, created: false };
  const upload = new FormData();
  const pdf = new Uint8Array(await makeLeadPaintDisclosurePdf());
  upload.append('file', new Blob([pdf], { type: 'application/pdf' }), 'lead-paint-disclosure.pdf');
  upload.append('name', leadPaintDisclosure.name);
  upload.append('roles', JSON.stringify(leadPaintDisclosure.roles));
  const uploaded = await ownerApi.request<Template>('/v1/templates', {
    method: 'POST',
    body: upload,
  });
  return { templateId: uploaded.id, created: true };
}
