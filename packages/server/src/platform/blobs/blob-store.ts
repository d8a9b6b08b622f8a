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

export interface PutBlobInput {
  bytes: Uint8Array;
  contentType: string;
  /** A caller-chosen id makes the write idempotent: putting it again replaces the same blob. */
  id?: string;
}

/**
 * Where PDFs and page images live. Every call names the account, and a blob is found only through
 * the account that stored it. The database is the default store; an S3-compatible one can take its place.
 */
export interface BlobStore {
  putBlob(accountId: string, input: PutBlobInput): Promise<BlobInfo>;
  getBlob(accountId: string, id: string): Promise<StoredBlob | undefined>;
  deleteBlob(accountId: string, id: string): Promise<void>;
}
