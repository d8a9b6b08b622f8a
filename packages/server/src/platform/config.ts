import { availableParallelism } from 'node:os';
import { isAbsolute, resolve } from 'node:path';
import { z } from 'zod';
import { parseBlobStoreConfig, type BlobStoreConfig } from './blobs/blob-store-config.js';
import { DEFAULT_PDF_LIMITS, type PdfLimits } from './pdf/pdf-limits.js';

/** Everything the server reads from its environment, parsed and defaulted. See docs/configuration.md. */
export interface Config {
  port: number;
  /** libSQL URL: `file:/abs/path.db`, `:memory:`, `libsql://…`, `http(s)://…`. */
  databaseUrl: string;
  databaseAuthToken: string | undefined;
  /** Where browsers and emails reach this server; also the `iss` of embed tokens. */
  publicUrl: string;
  /** A demo site the server's home page links to (`npm run demo` sets it). */
  demoUrl?: string;
  /** `smtp(s)://user:pass@host:port`; unset keeps every email in the outbox table. */
  smtpUrl: string | undefined;
  /** The system sender address of every notification. */
  mailFrom: string;
  nodeEnv: string;
  /** Key for signing embed tokens; when unset one is generated and kept in the database. */
  secret: string | undefined;
  /** Read the client address from `X-Forwarded-For` (only behind a proxy that sets it). */
  trustProxy: boolean;
  /** How long a write waits for a locked file database before failing. */
  busyTimeoutMs: number;
  /** A PKCS#12 file sealing completed documents; unset: a self-signed certificate kept in the database. */
  signingP12Path: string | undefined;
  signingP12Passphrase: string | undefined;
  /** How long an emailed or minted signing link stays valid. */
  partyLinkTtlDays: number;
  /** Largest file a party may upload to an attachment field. */
  attachmentMaxBytes: number;
  /** Let webhook endpoints use `http` and private, loopback or link-local addresses (development only). */
  webhooksAllowPrivateUrls: boolean;
  /** A web-form draft nobody touched for this long expires. */
  formDraftTtlDays: number;
  /** Days between automatic reminders to parties whose turn it is; 0 turns them off. */
  reminderIntervalDays: number;
  /** Web-form sessions one address may start per hour, and one form may have started per hour. */
  formStartsPerIpPerHour: number;
  formStartsPerFormPerHour: number;
  /** What an uploaded PDF may ask of the server. */
  pdfLimits: PdfLimits;
  /** How uploads are inspected and rendered: on worker threads, bounded in number, time and memory. */
  pdfWorkers: PdfWorkerConfig;
  /** Templates with more pages answer at once as `processing` and render in a background job. */
  templateInlineRenderPages: number;
  /** Where PDFs, page images and attachments are kept (`BLOB_STORE`). */
  blobStore: BlobStoreConfig;
}

export interface PdfWorkerConfig {
  /** PDF tasks running at once; more wait their turn. */
  maxWorkers: number;
  /** PDF uploads one account may have running or waiting; more are refused with 429 `pdf_busy`. */
  maxPerAccount: number;
  /** Heap limit of each worker thread. */
  maxHeapMb: number;
  /** Time limit for checking an upload and detecting its fields. */
  inspectTimeoutMs: number;
  /** Time limit per page rendered. */
  renderTimeoutMsPerPage: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const DEFAULT_DATABASE_URL = 'file:./data/signport.db';
const MEGABYTE = 1024 * 1024;

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(8787),
  DATABASE_URL: z.string().min(1).default(DEFAULT_DATABASE_URL),
  DATABASE_AUTH_TOKEN: z.string().min(1).optional(),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  DEMO_URL: z.url({ protocol: /^https?$/ }).optional(),
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  MAIL_FROM: z.string().min(3).optional(),
  NODE_ENV: z.string().default('development'),
  SIGNPORT_SECRET: z.string().min(32, 'Use at least 32 characters').optional(),
  TRUST_PROXY: z.enum(['true', 'false', '1', '0']).default('false'),
  DATABASE_BUSY_TIMEOUT_MS: z.coerce.number().int().min(0).default(5000),
  SIGNING_P12_PATH: z.string().min(1).optional(),
  SIGNING_P12_PASSPHRASE: z.string().optional(),
  PARTY_LINK_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  ATTACHMENT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(100 * 1024 * 1024)
    .default(10 * 1024 * 1024),
  WEBHOOKS_ALLOW_PRIVATE_URLS: z.enum(['true', 'false', '1', '0']).default('false'),
  FORM_DRAFT_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  REMINDER_INTERVAL_DAYS: z.coerce.number().int().min(0).max(90).default(3),
  FORM_STARTS_PER_IP_PER_HOUR: z.coerce.number().int().min(1).default(20),
  FORM_STARTS_PER_FORM_PER_HOUR: z.coerce.number().int().min(1).default(500),
  PDF_MAX_PAGES: z.coerce.number().int().min(1).max(100_000).default(DEFAULT_PDF_LIMITS.maxPages),
  PDF_MAX_PAGE_SIZE_PT: z.coerce
    .number()
    .min(72)
    .max(14_400)
    .default(DEFAULT_PDF_LIMITS.maxPageSizePt),
  PDF_MAX_OPERATORS_PER_PAGE: z.coerce
    .number()
    .int()
    .min(1000)
    .default(DEFAULT_PDF_LIMITS.maxOperatorsPerPage),
  PDF_MAX_CONTENT_MB: z.coerce
    .number()
    .min(1)
    .max(1024)
    .default(DEFAULT_PDF_LIMITS.maxContentBytes / MEGABYTE),
  PDF_MAX_IMAGE_MEGAPIXELS: z.coerce
    .number()
    .min(1)
    .max(1000)
    .default(DEFAULT_PDF_LIMITS.maxImagePixels / 1_000_000),
  PDF_WORKERS: z.coerce
    .number()
    .int()
    .min(1)
    .max(64)
    .default(Math.max(1, availableParallelism() - 1)),
  PDF_WORKERS_PER_ACCOUNT: z.coerce.number().int().min(1).max(64).default(2),
  PDF_WORKER_MAX_HEAP_MB: z.coerce.number().int().min(64).max(16_384).default(256),
  PDF_INSPECT_TIMEOUT_MS: z.coerce.number().int().min(100).default(15_000),
  PDF_RENDER_TIMEOUT_MS_PER_PAGE: z.coerce.number().int().min(100).default(10_000),
  TEMPLATE_INLINE_RENDER_PAGES: z.coerce.number().int().min(0).max(1000).default(5),
  BLOB_STORE: z.string().default('database'),
  BLOB_STORE_ENDPOINT: z.string().optional(),
  BLOB_STORE_REGION: z.string().optional(),
  BLOB_STORE_ACCESS_KEY_ID: z.string().optional(),
  BLOB_STORE_SECRET_ACCESS_KEY: z.string().optional(),
  BLOB_STORE_PATH_STYLE: z.enum(['true', 'false', '1', '0']).default('false'),
  // At most a week: the longest a SigV4 presigned URL may live.
  BLOB_STORE_URL_TTL_SECONDS: z.coerce.number().int().min(1).max(604_800).default(300),
});

/**
 * Reads the configuration from environment variables (empty values count as unset).
 * Relative `file:` database paths resolve against the directory the command was started from.
 *
 * @throws ConfigError naming the first invalid variable.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = Env.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`${String(issue?.path[0])}: ${issue?.message ?? 'invalid value'}`);
  }
  const vars = parsed.data;
  const blobStore = parseBlobStoreConfig(vars);
  if ('variable' in blobStore) throw new ConfigError(`${blobStore.variable}: ${blobStore.message}`);
  const publicUrl = (vars.PUBLIC_URL ?? `http://localhost:${vars.PORT}`).replace(/\/+$/, '');
  return {
    port: vars.PORT,
    databaseUrl: resolveDatabaseUrl(vars.DATABASE_URL, env.INIT_CWD ?? process.cwd()),
    databaseAuthToken: vars.DATABASE_AUTH_TOKEN,
    publicUrl,
    ...(vars.DEMO_URL && { demoUrl: vars.DEMO_URL }),
    smtpUrl: vars.SMTP_URL,
    mailFrom: vars.MAIL_FROM ?? `Signport <no-reply@${new URL(publicUrl).hostname}>`,
    nodeEnv: vars.NODE_ENV,
    secret: vars.SIGNPORT_SECRET,
    trustProxy: vars.TRUST_PROXY === 'true' || vars.TRUST_PROXY === '1',
    busyTimeoutMs: vars.DATABASE_BUSY_TIMEOUT_MS,
    signingP12Path: vars.SIGNING_P12_PATH,
    signingP12Passphrase: vars.SIGNING_P12_PASSPHRASE,
    partyLinkTtlDays: vars.PARTY_LINK_TTL_DAYS,
    attachmentMaxBytes: vars.ATTACHMENT_MAX_BYTES,
    webhooksAllowPrivateUrls:
      vars.WEBHOOKS_ALLOW_PRIVATE_URLS === 'true' || vars.WEBHOOKS_ALLOW_PRIVATE_URLS === '1',
    formDraftTtlDays: vars.FORM_DRAFT_TTL_DAYS,
    reminderIntervalDays: vars.REMINDER_INTERVAL_DAYS,
    formStartsPerIpPerHour: vars.FORM_STARTS_PER_IP_PER_HOUR,
    formStartsPerFormPerHour: vars.FORM_STARTS_PER_FORM_PER_HOUR,
    pdfLimits: {
      maxPages: vars.PDF_MAX_PAGES,
      maxPageSizePt: vars.PDF_MAX_PAGE_SIZE_PT,
      maxOperatorsPerPage: vars.PDF_MAX_OPERATORS_PER_PAGE,
      maxContentBytes: Math.round(vars.PDF_MAX_CONTENT_MB * MEGABYTE),
      maxImagePixels: Math.round(vars.PDF_MAX_IMAGE_MEGAPIXELS * 1_000_000),
    },
    pdfWorkers: {
      maxWorkers: vars.PDF_WORKERS,
      maxPerAccount: vars.PDF_WORKERS_PER_ACCOUNT,
      maxHeapMb: vars.PDF_WORKER_MAX_HEAP_MB,
      inspectTimeoutMs: vars.PDF_INSPECT_TIMEOUT_MS,
      renderTimeoutMsPerPage: vars.PDF_RENDER_TIMEOUT_MS_PER_PAGE,
    },
    templateInlineRenderPages: vars.TEMPLATE_INLINE_RENDER_PAGES,
    blobStore,
  };
}

// `npm run` changes into the package folder, so a relative path would land under packages/server.
function resolveDatabaseUrl(url: string, baseDir: string): string {
  if (!url.startsWith('file:') || url === 'file::memory:') return url;
  const path = url.slice('file:'.length);
  if (path.startsWith('//') || isAbsolute(path)) return url;
  return `file:${resolve(baseDir, path)}`;
}
