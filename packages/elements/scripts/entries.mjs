// An element is a folder `src/<name>/` holding `<name>.ts`; each becomes `dist/<name>.js`, and
// `src/index.ts` (every element) becomes `dist/signport.js`; `src/locales/<lang>.ts` becomes
// `dist/signport-<lang>.js`. New elements are picked up as they land.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const packageDir = fileURLToPath(new URL('..', import.meta.url));
export const distDir = join(packageDir, 'dist');

/** `{ name, source }` for every bundle the build writes, the all-elements bundle last. */
export function buildEntries() {
  const srcDir = join(packageDir, 'src');
  const elements = readdirSync(srcDir, { withFileTypes: true })
    .filter(
      (entry) => entry.isDirectory() && existsSync(join(srcDir, entry.name, `${entry.name}.ts`)),
    )
    .map((entry) => ({ name: entry.name, source: join(srcDir, entry.name, `${entry.name}.ts`) }))
    .sort((a, b) => a.name.localeCompare(b.name));
  // Each language other than English is its own `signport-<lang>.js`, loaded only by pages that use it.
  const locales = readdirSync(join(srcDir, 'locales'))
    .filter((file) => file.endsWith('.ts'))
    .map((file) => ({
      name: `signport-${file.replace(/\.ts$/, '')}`,
      source: join(srcDir, 'locales', file),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return [...elements, ...locales, { name: 'signport', source: join(srcDir, 'index.ts') }];
}
