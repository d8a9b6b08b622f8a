import type { Template, TemplateForm, UpdateTemplateRequest } from '@signport/core';
import type { ApiClient } from '@signport/core/client';
import { makeRentalApplicationPdf } from '../signing/rental-application-pdf.js';
import {
  rentalApplication,
  rentalFieldTypes,
  rentalRequiredFieldIds,
} from '../signing/rental-application.js';
import { apiAsUser, findTemplate } from './api-as-user.js';

export interface SeedRentalApplicationOptions {
  apiUrl: string;
  /** Client with the account's secret key, to mint the owner's embed token. */
  hostApi: ApiClient;
  /** The template seeded on an earlier start, if any. */
  templateId: string | undefined;
}

export interface SeededRentalApplication {
  templateId: string;
  /** The public web form's slug, for `<sign-session form>`. */
  formSlug: string;
  created: boolean;
}

/**
 * Makes sure Alice has the rental application template, published as a public web form, and
 * returns the form's slug. A template seeded earlier is kept untouched (changing it would refuse
 * the drafts visitors saved); publishing is idempotent and revives a form someone unpublished.
 */
export async function seedRentalApplication({
  apiUrl,
  hostApi,
  templateId,
}: SeedRentalApplicationOptions): Promise<SeededRentalApplication> {
  const ownerApi = await apiAsUser(apiUrl, hostApi, rentalApplication.ownerExternalId);
  const existing = await findTemplate(ownerApi, templateId);
  const id = existing?.id ?? (await createTemplate(ownerApi));
  const form = await ownerApi.request<TemplateForm>(`/v1/templates/${id}/form`, {
    method: 'POST',
  });
  return { templateId: id, formSlug: form.slug, created: !existing };
}

/** Uploads the PDF, then retypes the fields a PDF cannot describe and sets the form's rules. */
async function createTemplate(ownerApi: ApiClient): Promise<string> {
  const upload = new FormData();
  const pdf = await makeRentalApplicationPdf();
  upload.append('file', new Blob([pdf], { type: 'application/pdf' }), 'rental-application.pdf');
  upload.append('name', rentalApplication.name);
  upload.append('roles', JSON.stringify(rentalApplication.roles));
  const uploaded = await ownerApi.request<Template>('/v1/templates', {
    method: 'POST',
    body: upload,
  });
  const body: UpdateTemplateRequest = {
    signingOrder: 'sequential',
    saveIncomplete: true,
    routing: rentalApplication.routing,
    fields: uploaded.fields.map((field) => ({
      ...field,
      type: rentalFieldTypes[field.id] ?? field.type,
      required: field.required || rentalRequiredFieldIds.has(field.id),
    })),
  };
  await ownerApi.request<Template>(`/v1/templates/${uploaded.id}`, { method: 'PATCH', body });
  return uploaded.id;
}
