import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, defaultReporter, summaryReporter } from '@web/test-runner';
import { tsImport } from 'tsx/esm/api';

// The fake API is TypeScript, typed against core's schemas; the config itself is loaded by Node.
/** @type {typeof import('./test/api-endpoints.ts')} */
const { apiEndpoints } = await tsImport('./test/api-endpoints.ts', import.meta.url);

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['src/**/test/*.test.ts'],
  // Served from the repository root, where the workspace packages (core) resolve to their sources.
  rootDir: fileURLToPath(new URL('../..', import.meta.url)),
  nodeResolve: true,
  watch: false,
  testsFinishTimeout: 180_000,
  // axe-core audits and Chromium's first layouts take seconds on a busy two-core machine; mocha's
  // 2 s default turns that into failures that say nothing about the elements.
  testFramework: { config: { timeout: 10_000 } },
  // The tsconfig carries experimentalDecorators and useDefineForClassFields, which Lit's decorators need.
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'auto',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  middleware: [apiEndpoints],
  // Keep Lit's development build (its warnings help) but not its banner on every test page.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: '/usr/bin/chromium',
        args: [
          '--headless=new',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter({ flatten: true })],
};
