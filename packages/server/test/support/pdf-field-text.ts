import type { Template } from '@signport/core';
import { runPdfTool } from '../fixtures/pdf-tools.js';

/** Points of slack around a field: drawn text may overhang its box by a hair. */
const SLACK = 2;

/**
 * The text a PDF shows inside one field's box, whitespace collapsed: what a reader finds at that
 * spot of the page. Extracted with pdftotext for now.
 * TODO(ocr): read it back from the rendered page with the render+OCR helper once it is on main.
 */
export async function textInField(
  pdf: Uint8Array,
  field: Pick<Template['fields'][number], 'page' | 'rect'>,
  page: { width: number; height: number },
): Promise<string> {
  const { x, y, width, height } = field.rect;
  const box = [
    x * page.width - SLACK,
    y * page.height - SLACK,
    width * page.width + 2 * SLACK,
    height * page.height + 2 * SLACK,
  ].map((n) => String(Math.max(0, Math.round(n))));
  const [left = '0', top = '0', w = '0', h = '0'] = box;
  const pageArg = String(field.page);
  const { exitCode, stdout, stderr } = await runPdfTool(
    'pdftotext',
    [
      '-f',
      pageArg,
      '-l',
      pageArg,
      '-r',
      '72',
      '-x',
      left,
      '-y',
      top,
      '-W',
      w,
      '-H',
      h,
      '{in}',
      '-',
    ],
    pdf,
  );
  if (exitCode !== 0) throw new Error(`pdftotext failed: ${stderr}`);
  return stdout.replace(/\s+/g, ' ').trim();
}
