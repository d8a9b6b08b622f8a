import type { TemplateSnapshot } from '../../platform/db/schema/index.js';
import type { TemplateRow } from '../templates/find-template.js';

/** The template as a session keeps it: later template edits never change a session. */
export function templateSnapshot(template: TemplateRow): TemplateSnapshot {
  return {
    roles: template.roles,
    signingOrder: template.signingOrder,
    saveIncomplete: template.saveIncomplete,
    routing: template.routing,
    fields: template.fields,
    widgets: template.widgets,
    pdfBlobId: template.pdfBlobId,
    pdfSha256: template.pdfSha256,
    pages: template.pages,
  };
}
