/** Tables D1 and wrangler keep for themselves: never a user's data. */
const INTERNAL_TABLE = /^(_cf_|d1_|sqlite_)/i;

/**
 * Every table with a user_id column, read from the schema itself, so a table a later
 * migration adds is deleted too without this file knowing it.
 */
async function tablesWithUserId(db: D1Database): Promise<string[]> {
  // D1 refuses pragma_table_info; the stored CREATE TABLE text (ALTERs included) names columns.
  const { results } = await db
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table'")
    .all<{ name: string; sql: string | null }>();
  return results
    .filter(({ name }) => !INTERNAL_TABLE.test(name) && name !== "users")
    .filter(({ sql }) => /[(,]\s*"?user_id"?\s/i.test(sql ?? ""))
    .map(({ name }) => name);
}

/**
 * Deletes every row of a user, in one transaction: rows keyed by digest (digest_items), every
 * table with a user_id, then the user. Returns false when there was no such user.
 */
export async function deleteUserRows(db: D1Database, userId: string): Promise<boolean> {
  const tables = await tablesWithUserId(db);
  const results = await db.batch([
    db
      .prepare(
        "DELETE FROM digest_items WHERE digest_id IN (SELECT id FROM digests WHERE user_id = ?1)",
      )
      .bind(userId),
    ...tables.map((table) =>
      db.prepare(`DELETE FROM "${table.replaceAll('"', '""')}" WHERE user_id = ?1`).bind(userId),
    ),
    db.prepare("DELETE FROM users WHERE id = ?1").bind(userId),
  ]);
  return (results.at(-1)?.meta.changes ?? 0) > 0;
}

/** A pending "delete my data": the code's hash, valid until `expiresAt`. Replaces an older one. */
export async function saveDeletionRequest(
  db: D1Database,
  userId: string,
  codeHash: string,
  expiresAt: Date,
  now: Date,
): Promise<void> {
  await db
    .prepare(
      `INSERT INTO deletion_requests (user_id, code_hash, expires_at, created_at)
       VALUES (?1, ?2, ?3, ?4)
       ON CONFLICT (user_id) DO UPDATE SET code_hash = excluded.code_hash,
         expires_at = excluded.expires_at, created_at = excluded.created_at`,
    )
    .bind(userId, codeHash, expiresAt.toISOString(), now.toISOString())
    .run();
}

/** Whether the user asked for deletion with this code (by hash) and it has not expired. */
export async function deletionCodeMatches(
  db: D1Database,
  userId: string,
  codeHash: string,
  now: Date,
): Promise<boolean> {
  const row = await db
    .prepare(
      `SELECT 1 AS ok FROM deletion_requests
       WHERE user_id = ?1 AND code_hash = ?2 AND expires_at > ?3`,
    )
    .bind(userId, codeHash, now.toISOString())
    .first<{ ok: number }>();
  return row !== null;
}
