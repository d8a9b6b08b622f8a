// The server under attack: the hostile PDF corpus uploaded over real HTTP, then a long legitimate
// document rendered by its background job, while another client asks /healthz again and again.
import { setTimeout as sleep } from 'node:timers/promises';
import type { Template } from '@signport/core';
import { systemClock } from '../src/platform/clock.js';
import { createJobHandlers } from '../src/create-job-handlers.js';
import { runDueJobs } from '../src/platform/jobs/run-due-jobs.js';
import {
  hostileCorpus,
  longDocumentPdf,
  pageOfSizePdf,
} from '../test/fixtures/make-hostile-pdfs.js';
import {
  healthLatenciesDuring,
  serveOverHttp,
  uploadOverHttp,
} from '../test/support/http-server.js';
import { benchApp } from './bench-app.js';
import { percentiles, progress, round } from './timings.js';

const LONG_DOCUMENT_PAGES = 50;
const RSS_SAMPLE_MS = 20;
const IDLE_PROBE_MS = 5000;

export async function benchHostileUploads() {
  const bench = await benchApp();
  const server = await serveOverHttp(bench.app);
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, RSS_SAMPLE_MS);
  try {
    const latencies: number[] = [];
    const uploads: Array<{
      name: string;
      status: number;
      code: string;
      ms: number;
      rssMb: number;
    }> = [];
    const startRssMb = megabytes(process.memoryUsage().rss);
    const corpus = [
      ...(await hostileCorpus()),
      { name: '3 × 14,400 pt page (legitimate)', pdf: pageOfSizePdf(3, 14_400) },
      {
        name: `${LONG_DOCUMENT_PAGES} pages (legitimate)`,
        pdf: await longDocumentPdf(LONG_DOCUMENT_PAGES),
      },
    ];
    // The same probe with nothing else to do: on a shared machine, the floor the figures stand on.
    const idle = percentiles(await healthLatenciesDuring(server.url, sleep(IDLE_PROBE_MS)));
    let longTemplateId = '';
    for (const { name, pdf } of corpus) {
      progress(`uploading ${name}`);
      const started = performance.now();
      const upload = uploadOverHttp(server.url, bench.token, pdf, name);
      latencies.push(...(await healthLatenciesDuring(server.url, upload)));
      const res = await upload;
      const body = (await res.json()) as Template & { error?: { code: string } };
      if (body.status === 'processing') longTemplateId = body.id;
      uploads.push({
        name,
        status: res.status,
        code: body.error?.code ?? body.status,
        ms: round(performance.now() - started),
        rssMb: megabytes(process.memoryUsage().rss),
      });
    }

    progress(`rendering ${LONG_DOCUMENT_PAGES} pages in the background job`);
    const handlers = createJobHandlers({ db: bench.db, config: bench.config, clock: systemClock });
    const renderStarted = performance.now();
    const rendering = (async () => {
      while ((await runDueJobs({ db: bench.db, handlers })).claimed > 0);
    })();
    const duringUploads = percentiles(latencies);
    const duringRendering = await healthLatenciesDuring(server.url, rendering);
    latencies.push(...duringRendering);
    const rendered = await fetch(`${server.url}/v1/templates/${longTemplateId}`, {
      headers: { authorization: `Bearer ${bench.token}` },
    });
    const template = (await rendered.json()) as Template;

    const health = percentiles(latencies);
    return {
      uploads,
      background: {
        pages: LONG_DOCUMENT_PAGES,
        status: template.status,
        ms: round(performance.now() - renderStarted),
      },
      healthzIdle: { p50Ms: idle.p50Ms, p99Ms: idle.p99Ms },
      healthzDuringUploads: { p50Ms: duringUploads.p50Ms, p99Ms: duringUploads.p99Ms },
      healthzDuringRendering: {
        p50Ms: percentiles(duringRendering).p50Ms,
        p99Ms: percentiles(duringRendering).p99Ms,
      },
      healthz: {
        requests: health.runs,
        p50Ms: health.p50Ms,
        p99Ms: health.p99Ms,
        maxMs: round(Math.max(...latencies)),
      },
      startRssMb,
      peakRssMb: megabytes(peakRss),
      targets: { p99Ms: 100, peakRssMb: 600 },
    };
  } finally {
    clearInterval(sampler);
    await server.close();
    await bench.close();
  }
}

function megabytes(bytes: number): number {
  return Math.round(bytes / 1024 / 1024);
}
