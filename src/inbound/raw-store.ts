import type { InboundRow } from "../domain/inbound-record.ts";

/**
 * Where a raw message is kept, for mail that passed the address and sender checks only:
 *
 * - `r2`: in the RAW_MAIL bucket under `raw/<user id>/<sha256>.eml` (a retry overwrites the
 *   same object); the bucket's lifecycle rule deletes it after 30 days (README, "Raw mail").
 * - `d1` / `d1_base64`: without a bucket, in the row itself, as UTF-8 text when the bytes are
 *   valid UTF-8, else base64, and only when the encoded form fits comfortably in a D1 row.
 * - `hash`: without a bucket and too large for a row: only its SHA-256 and size are kept.
 */
export type RawKept = Pick<InboundRow, "raw" | "rawStore" | "rawKey" | "rawSha256">;

/** D1 refuses rows over 2,000,000 bytes; the rest of the row (texts, note) needs room too. */
export const MAX_RAW_IN_ROW_BYTES = 900 * 1024;

/** Nothing kept (a processed message without a bucket). */
export const RAW_NOT_KEPT: RawKept = { raw: null, rawStore: null, rawKey: null, rawSha256: null };

/** The object key of a user's raw message: per user, per content. */
export function rawKeyOf(userId: string, sha256: string): string {
  return `raw/${userId}/${sha256}.eml`;
}

/**
 * Keeps a raw message: in the bucket when one is bound (and answers), otherwise in the row
 * when it fits, otherwise its hash. `inRowWithoutBucket` is false for mail that was
 * understood: without a bucket only failed mail keeps its bytes, for a retry.
 */
export async function keepRaw(
  bucket: R2Bucket | undefined,
  userId: string,
  raw: Uint8Array,
  sha256: string,
  inRowWithoutBucket: boolean,
): Promise<RawKept> {
  if (bucket) {
    const key = rawKeyOf(userId, sha256);
    try {
      await bucket.put(key, raw, {
        httpMetadata: { contentType: "message/rfc822" },
        customMetadata: { userId },
      });
      return { raw: null, rawStore: "r2", rawKey: key, rawSha256: sha256 };
    } catch (error) {
      // The structured record matters more than the bytes: fall back to the row or the hash.
      console.error("raw mail bucket put failed", error instanceof Error ? error.message : error);
    }
  }
  if (!inRowWithoutBucket) return RAW_NOT_KEPT;
  return rawInRow(raw, sha256);
}

/** The raw message encoded for a D1 row, or only its hash when the encoding would not fit. */
export function rawInRow(raw: Uint8Array, sha256: string): RawKept {
  if (raw.byteLength <= MAX_RAW_IN_ROW_BYTES) {
    let text: string | null = null;
    try {
      text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(raw);
    } catch {
      text = null;
    }
    // UTF-8 text is stored as it is (same byte count); anything else as base64 (4/3 the size).
    if (text !== null && !text.includes("\u0000")) {
      return { raw: text, rawStore: "d1", rawKey: null, rawSha256: sha256 };
    }
    if (Math.ceil(raw.byteLength / 3) * 4 <= MAX_RAW_IN_ROW_BYTES) {
      return { raw: toBase64(raw), rawStore: "d1_base64", rawKey: null, rawSha256: sha256 };
    }
  }
  return { raw: null, rawStore: "hash", rawKey: null, rawSha256: sha256 };
}

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.byteLength; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}
