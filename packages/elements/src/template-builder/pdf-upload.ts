import type { ApiClient, Template } from '@signport/core/client';

/** How often a template whose pages are still rendering is asked for again. */
const POLL_MS = 700;

/**
 * Follows a template until its pages are rendered, reporting each step; resolves with it ready (or
 * failed: the caller shows `processingError`).
 */
export async function untilRendered(
  api: ApiClient,
  template: Template,
  onProgress: (template: Template) => void,
  signal?: AbortSignal,
): Promise<Template> {
  let current = template;
  while (current.status === 'processing') {
    onProgress(current);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    current = await api.request<Template>(`/v1/templates/${encodeURIComponent(current.id)}`, {
      signal,
    });
  }
  return current;
}

/** Uploads a PDF as a new template named after the file (`Lease.pdf` → `Lease`). */
export function uploadPdf(api: ApiClient, file: File, signal?: AbortSignal): Promise<Template> {
  const form = new FormData();
  form.append('file', file);
  form.append('name', file.name.replace(/\.pdf$/i, '').trim() || 'Template');
  return api.request<Template>('/v1/templates', { method: 'POST', body: form, signal });
}
