import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

/** Bundles the site's page script (with the core API client) in memory, once at start. */
export async function buildPageScript(): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./client/page.ts', import.meta.url))],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error('esbuild produced no page script');
  return output.text;
}
