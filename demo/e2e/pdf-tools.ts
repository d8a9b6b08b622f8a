import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ToolResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Runs qpdf or a poppler tool on `pdf` (written to a temporary file passed as the last argument). */
export async function runPdfTool(
  command: 'qpdf' | 'pdftotext' | 'pdfsig',
  args: string[],
  pdf: Uint8Array,
): Promise<ToolResult> {
  const dir = await mkdtemp(join(tmpdir(), 'signport-demo-pdf-'));
  try {
    const input = join(dir, 'document.pdf');
    await writeFile(input, pdf);
    const outputArgs = command === 'pdftotext' ? ['-'] : [];
    return await new Promise<ToolResult>((resolve) => {
      execFile(
        command,
        [...args, input, ...outputArgs],
        { maxBuffer: 64 * 1024 * 1024 },
        (error, stdout, stderr) => {
          const exitCode = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
          resolve({ exitCode, stdout, stderr });
        },
      );
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Where the signature's hex sits: the gap between the two ranges of `/ByteRange`. */
export function signatureHole(pdf: Uint8Array): { start: number; end: number } {
  const text = Buffer.from(pdf).toString('latin1');
  const match = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/.exec(text);
  if (!match) throw new Error('The PDF has no /ByteRange: it is not signed');
  const firstLength = Number(match[2]);
  return { start: firstLength, end: Number(match[3]) };
}
