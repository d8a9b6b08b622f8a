/** Where a template page's image is served; signed before it is handed out (see `pathSigner`). */
export function pageImagePath(templateId: string, pageNumber: number): string {
  return `/v1/templates/${templateId}/pages/${pageNumber}`;
}
