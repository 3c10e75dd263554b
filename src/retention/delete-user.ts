import { deleteUserRows } from "../db/deletion.ts";
import { deleteRawObjects, rawPrefixOf } from "./raw-objects.ts";

/** Bucket calls one deletion may spend: 50 pages of 1,000 raw messages is far past any user. */
const MAX_BUCKET_OPERATIONS = 100;

/** What deleting a user removed. */
export interface UserDeletion {
  found: boolean;
  rawObjectsDeleted: number;
  /** True when the bucket still held objects past the bound (the lifecycle rule ends them). */
  rawObjectsLeft: boolean;
}

/**
 * Removes everything Rebound keeps about a user: their raw mail in the bucket (when one is
 * bound) first, then every D1 row, in one transaction. Safe to repeat.
 */
export async function deleteUser(
  db: D1Database,
  bucket: R2Bucket | undefined,
  userId: string,
): Promise<UserDeletion> {
  const raw = bucket
    ? await deleteRawObjects(bucket, rawPrefixOf(userId), MAX_BUCKET_OPERATIONS)
    : { deleted: 0, more: false };
  const found = await deleteUserRows(db, userId);
  return { found, rawObjectsDeleted: raw.deleted, rawObjectsLeft: raw.more };
}
