import type { DbExecutor } from '../db/open-database.js';

/** What a stored blob is, without its bytes. */
export interface BlobInfo {
  id: string;
  contentType: string;
  size: number;
  sha256: string;
}

export interface StoredBlob extends BlobInfo {
  bytes: Uint8Array;
}

/** A blob opened for reading: its bytes arrive as a stream, so a large file is never held whole. */
export interface OpenedBlob extends BlobInfo {
  body: ReadableStream<Uint8Array>;
}

export interface PutBlobInput {
  bytes: Uint8Array;
  contentType: string;
  /** A caller-chosen id makes the write idempotent: putting it again replaces the same blob. */
  id?: string;
}

export interface DownloadUrlOptions {
  /** The file name the browser saves the download as. */
  filename: string;
}

/**
 * Where PDFs and page images live. Every call names the account, and a blob is found only through
 * the account that stored it. The database is the default store; an S3-compatible one can take its place.
 */
export interface BlobStore {
  putBlob(accountId: string, input: PutBlobInput): Promise<BlobInfo>;
  getBlob(accountId: string, id: string): Promise<StoredBlob | undefined>;
  openBlob(accountId: string, id: string): Promise<OpenedBlob | undefined>;
  deleteBlob(accountId: string, id: string): Promise<void>;
  /**
   * A short-lived URL a browser can download the blob from directly, as an attachment; undefined
   * when the store has none (the database) or the blob's bytes are not there yet.
   */
  downloadUrl(
    accountId: string,
    id: string,
    options: DownloadUrlOptions,
  ): Promise<string | undefined>;
}

/** The configured blob store, working within `db` (the database or an open transaction). */
export type BlobStoreFor = (db: DbExecutor) => BlobStore;
