/**
 * Raw mail in the RAW_MAIL bucket, written by inbound under `raw/<user id>/<sha256>.eml`.
 * Listing and deleting are bounded by a number of bucket operations, so a caller with a
 * budget (the hourly run, an admin request) never loops without end.
 */

/** R2 lists and deletes at most 1,000 keys per call. */
const KEYS_PER_CALL = 1000;

/** The prefix of a user's raw messages. */
export function rawPrefixOf(userId: string): string {
  return `raw/${userId}/`;
}

/**
 * Deletes objects under a prefix (optionally only those uploaded before `before`), spending
 * at most `operations` bucket calls. Returns how many were deleted and whether any may remain.
 */
export async function deleteRawObjects(
  bucket: R2Bucket,
  prefix: string,
  operations: number,
  before: Date | null = null,
  startAfter: string | null = null,
): Promise<{ deleted: number; spent: number; more: boolean }> {
  let deleted = 0;
  let spent = 0;
  let cursor: string | undefined;
  while (spent + 2 <= operations) {
    const page = await bucket.list({
      prefix,
      limit: KEYS_PER_CALL,
      ...(cursor ? { cursor } : startAfter ? { startAfter } : {}),
    });
    spent += 1;
    const keys = page.objects
      .filter((o) => before === null || o.uploaded < before)
      .map((o) => o.key);
    if (keys.length > 0) {
      await bucket.delete(keys);
      spent += 1;
      deleted += keys.length;
    }
    if (!page.truncated) return { deleted, spent, more: false };
    cursor = page.cursor;
  }
  return { deleted, spent, more: true };
}
