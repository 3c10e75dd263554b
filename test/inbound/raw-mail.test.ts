import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { MAX_RAW_IN_ROW_BYTES, rawKeyOf } from "../../src/inbound/raw-store.ts";
import { countRows, createJordan, deliver } from "../support/deliver.ts";
import { fixtureRaw } from "../support/fixtures.ts";
import { JORDAN } from "../support/users.ts";

const NORTHWIND = "fwd-gmail-web-en-northwind-panel-note.eml";
/** The bindings of a deployment without the RAW_MAIL bucket. */
const withoutBucket = { ...env, RAW_MAIL: undefined } as unknown as Env;

/** MIME nested past the parser's limit: the headers are fine, the body cannot be parsed. */
function unparseable(from: string, padding = ""): string {
  const nested = `${"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n".repeat(60)}x`;
  return `From: ${from}\r\nTo: jobs@jordanlee.dev\r\nSubject: Fwd: hi\r\nMessage-ID: <${crypto.randomUUID()}@x>\r\nMIME-Version: 1.0\r\n${nested}${padding}`;
}

async function rawRecord(userId: string) {
  return env.DB.prepare(
    `SELECT status, raw_store, raw_key, raw_sha256, raw_size, raw IS NOT NULL AS has_raw,
            length(raw) AS raw_length
     FROM inbound_messages WHERE user_id = ?1`,
  )
    .bind(userId)
    .first<{
      status: string;
      raw_store: string | null;
      raw_key: string | null;
      raw_sha256: string | null;
      raw_size: number;
      has_raw: number;
      raw_length: number | null;
    }>();
}

async function sha256(text: string | Uint8Array): Promise<string> {
  const bytes = typeof text === "string" ? new TextEncoder().encode(text) : text;
  const digest = await crypto.subtle.digest("SHA-256", bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

describe("raw mail with the RAW_MAIL bucket bound", () => {
  it("keeps a processed forward's raw bytes in R2, not in the D1 row", async () => {
    const user = await createJordan();
    const raw = fixtureRaw(NORTHWIND);
    await deliver(raw, { from: JORDAN.owner, to: user.inbox });
    const record = await rawRecord(user.userId);
    const hash = await sha256(raw);
    expect(record).toMatchObject({
      status: "processed",
      raw_store: "r2",
      raw_key: rawKeyOf(user.userId, hash),
      raw_sha256: hash,
      has_raw: 0,
    });
    const object = await env.RAW_MAIL.get(record?.raw_key ?? "");
    expect(await object?.text()).toBe(raw);
  });

  it("keeps a failed message's raw bytes in R2, so it can be retried", async () => {
    const user = await createJordan();
    const raw = unparseable(JORDAN.owner);
    const message = await deliver(raw, { from: JORDAN.owner, to: user.inbox });
    expect(message.rejected).toBeNull();
    const record = await rawRecord(user.userId);
    expect(record).toMatchObject({ status: "failed", raw_store: "r2", has_raw: 0 });
    expect(await (await env.RAW_MAIL.get(record?.raw_key ?? ""))?.text()).toBe(raw);
  });

  it("keeps nothing, in R2 or D1, of a stranger forging only MAIL FROM", async () => {
    const user = await createJordan();
    const raw = unparseable("someone@evil.example");
    const message = await deliver(raw, { from: JORDAN.owner, to: user.inbox });
    expect(message.rejected).not.toBeNull();
    expect(await countRows("inbound_messages", user.userId)).toBe(0);
    const listed = await env.RAW_MAIL.list({ prefix: `raw/${user.userId}/` });
    expect(listed.objects).toEqual([]);
  });

  it("keeps nothing of mail to an address without the secret", async () => {
    const user = await createJordan();
    await deliver(unparseable(JORDAN.owner), { from: JORDAN.owner, to: user.bareInbox });
    expect(await countRows("inbound_messages", user.userId)).toBe(0);
    expect((await env.RAW_MAIL.list({ prefix: `raw/${user.userId}/` })).objects).toEqual([]);
  });
});

describe("raw mail without a bucket", () => {
  it("keeps nothing raw of a processed forward", async () => {
    const user = await createJordan();
    await deliver(fixtureRaw(NORTHWIND), { from: JORDAN.owner, to: user.inbox }, withoutBucket);
    expect(await rawRecord(user.userId)).toMatchObject({
      status: "processed",
      raw_store: null,
      has_raw: 0,
    });
  });

  it("keeps a small failed message whole in its row, as text", async () => {
    const user = await createJordan();
    const raw = unparseable(JORDAN.owner);
    await deliver(raw, { from: JORDAN.owner, to: user.inbox }, withoutBucket);
    expect(await rawRecord(user.userId)).toMatchObject({
      status: "failed",
      raw_store: "d1",
      has_raw: 1,
      raw_length: raw.length,
    });
  });

  it("keeps small binary mail as base64, never decoded into a larger string", async () => {
    const user = await createJordan();
    const binary = new Uint8Array(4000).map((_, i) => (i * 151 + 7) % 256);
    const bytes = new Uint8Array([
      ...new TextEncoder().encode(unparseable(JORDAN.owner)),
      ...binary,
    ]);
    await deliver(bytes, { from: JORDAN.owner, to: user.inbox }, withoutBucket);
    const record = await rawRecord(user.userId);
    expect(record).toMatchObject({ status: "failed", raw_store: "d1_base64", has_raw: 1 });
    expect(record?.raw_length).toBe(Math.ceil(bytes.byteLength / 3) * 4);
  });

  it("keeps only the hash and size of failed binary mail too large for a row, and says so", async () => {
    const user = await createJordan();
    // 882 KB of binary: decoded as UTF-8 it would grow to about 2.6 MB, over D1's row limit.
    const binary = new Uint8Array(882 * 1024).map((_, i) => 0x80 + ((i * 37) % 64));
    const bytes = new Uint8Array([
      ...new TextEncoder().encode(unparseable(JORDAN.owner)),
      ...binary,
    ]);
    expect(bytes.byteLength).toBeLessThan(Number(env.MAX_MESSAGE_BYTES));
    expect(Math.ceil(bytes.byteLength / 3) * 4).toBeGreaterThan(MAX_RAW_IN_ROW_BYTES);
    const message = await deliver(bytes, { from: JORDAN.owner, to: user.inbox }, withoutBucket);
    expect(message.rejected).toBeNull();
    const record = await rawRecord(user.userId);
    expect(record).toMatchObject({
      status: "failed",
      raw_store: "hash",
      has_raw: 0,
      raw_size: bytes.byteLength,
      raw_sha256: await sha256(bytes),
    });
    const error = await env.DB.prepare("SELECT error FROM inbound_messages WHERE user_id = ?1")
      .bind(user.userId)
      .first<{ error: string }>();
    expect(error?.error).toMatch(/only its SHA-256 and size were kept/);
  });
});
