/**
 * What the Content API's keys need from a store. Implemented once for every
 * dialect in src/storage/api-key-store.ts; reachable as `store.apiKeys` and,
 * inside a transaction, `tx.apiKeys`.
 */

/** A key as stored: never the key itself, only its hash and a short prefix for recognising it. */
export interface ApiKeyRecord {
  id: number;
  name: string;
  prefix: string;
  createdAt: string;
  createdBy: number | null;
  revokedAt: string | null;
}

export interface NewApiKey {
  name: string;
  prefix: string;
  /** sha256 (hex) of the key. */
  hash: string;
  createdAt: string;
  createdBy: number | null;
}

export interface ApiKeyStore {
  insertApiKey(key: NewApiKey): Promise<number>;
  /** Every key, newest first, revoked ones included. */
  listApiKeys(): Promise<ApiKeyRecord[]>;
  getApiKey(id: number): Promise<ApiKeyRecord | null>;
  /** The key with this hash if it exists and is not revoked. */
  findActiveApiKey(hash: string): Promise<ApiKeyRecord | null>;
  /** Marks a key revoked; false when there is no such key or it was already revoked. */
  revokeApiKey(id: number, at: string): Promise<boolean>;
}
