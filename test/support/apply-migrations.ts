import { applyD1Migrations } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { afterAll, vi } from "vitest";

// Every test file starts from the real schema, applied the way `wrangler d1 migrations apply` does,
// to an empty database and an empty raw-mail bucket. Test files can share one workerd (see
// vitest.config.ts), so first remove what the file before this one left behind.
await emptyDatabase(env.DB);
await emptyBucket(env.RAW_MAIL);
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);

// Nor do spies, stubbed globals or fake clocks outlive the file that made them.
afterAll(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

/** Drops every view and table (their rows, indexes and triggers go with them), migrations' record included. */
async function emptyDatabase(db: D1Database): Promise<void> {
  // Views and virtual tables first: dropping a virtual table drops its shadow tables, which
  // then must not be dropped again by name.
  await dropAll(db, "type = 'view' OR sql LIKE 'CREATE VIRTUAL TABLE%'");
  await dropAll(db, "type = 'table'");
}

async function dropAll(db: D1Database, which: string): Promise<void> {
  const { results } = await db
    .prepare(
      `SELECT type, name FROM sqlite_master
       WHERE (${which}) AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name NOT LIKE '\\_cf\\_%' ESCAPE '\\'
       ORDER BY rowid DESC`,
    )
    .all<{ type: "table" | "view"; name: string }>();
  if (results.length === 0) return;
  // One transaction; foreign keys are checked at its end, when no table is left to point at.
  await db.batch([
    db.prepare("PRAGMA defer_foreign_keys = on"),
    ...results.map(({ type, name }) =>
      db.prepare(
        `DROP ${type === "view" ? "VIEW" : "TABLE"} IF EXISTS "${name.replaceAll('"', '""')}"`,
      ),
    ),
  ]);
}

async function emptyBucket(bucket: R2Bucket): Promise<void> {
  for (;;) {
    const { objects } = await bucket.list({ limit: 1000 });
    if (objects.length === 0) return;
    await bucket.delete(objects.map((o) => o.key));
  }
}
