import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { countRows, createJordan, deliver } from "../support/deliver.ts";
import { fixtureRaw } from "../support/fixtures.ts";
import { JORDAN } from "../support/users.ts";

const NORTHWIND = "fwd-gmail-web-en-northwind-panel-note.eml";

/**
 * D1 that fails its `failAt`-th round trip (a batch, or one statement's run/first/all) as if
 * the connection dropped, and counts round trips. Everything else goes to the real local D1.
 */
function flakyD1(failAt: number) {
  let trips = 0;
  const trip = () => {
    trips += 1;
    if (trips === failAt) throw new Error("D1_ERROR: Network connection lost.");
  };
  const wrapStatement = (statement: D1PreparedStatement): D1PreparedStatement =>
    new Proxy(statement, {
      get(target, property) {
        if (property === UNWRAP) return target;
        if (property === "bind") {
          return (...values: unknown[]) => wrapStatement(target.bind(...values));
        }
        if (
          property === "run" ||
          property === "first" ||
          property === "all" ||
          property === "raw"
        ) {
          const method = Reflect.get(target, property) as (...a: unknown[]) => Promise<unknown>;
          return async (...args: unknown[]) => {
            trip();
            return method.apply(target, args);
          };
        }
        const value = Reflect.get(target, property);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
  const db = new Proxy(env.DB, {
    get(target, property) {
      if (property === "prepare") return (sql: string) => wrapStatement(target.prepare(sql));
      if (property === "batch") {
        return async (statements: D1PreparedStatement[]) => {
          trip();
          // The proxies stand for real statements: hand D1 the ones it made.
          return target.batch(statements.map((s) => unwrap(s)));
        };
      }
      const value = Reflect.get(target, property);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return { db, trips: () => trips };
}

const UNWRAP = Symbol("unwrap");
function unwrap(statement: D1PreparedStatement): D1PreparedStatement {
  return (statement as unknown as Record<symbol, D1PreparedStatement>)[UNWRAP] ?? statement;
}

async function snapshot(userId: string) {
  return {
    inbound: await countRows("inbound_messages", userId),
    contacts: await countRows("contacts", userId),
    companies: await countRows("companies", userId),
    applications: await countRows("applications", userId),
    drafts: await countRows("drafts", userId),
    links: await countRows("inbound_contacts", userId),
  };
}

const EMPTY = { inbound: 0, contacts: 0, companies: 0, applications: 0, drafts: 0, links: 0 };

describe("a forward when D1 fails at each step", () => {
  it("is either fully stored or not at all (and retried), never half-written, never lost", async () => {
    // How many round trips a clean delivery makes, and what it stores.
    const clean = await createJordan();
    const counting = flakyD1(Number.POSITIVE_INFINITY);
    await deliver(
      fixtureRaw(NORTHWIND),
      { from: JORDAN.owner, to: clean.inbox },
      {
        ...env,
        DB: counting.db,
      },
    );
    const complete = await snapshot(clean.userId);
    expect(complete.inbound).toBe(1);
    expect(complete.drafts).toBeGreaterThan(0);
    expect(counting.trips()).toBeGreaterThanOrEqual(3);

    for (let step = 1; step <= counting.trips(); step++) {
      const user = await createJordan();
      const flaky = flakyD1(step);
      const attempt = deliver(
        fixtureRaw(NORTHWIND),
        { from: JORDAN.owner, to: user.inbox },
        {
          ...env,
          DB: flaky.db,
        },
      );
      // The handler throws, so Email Routing retries; nothing of the message was written.
      await expect(attempt, `step ${step}`).rejects.toThrow(/Network connection lost/);
      expect(await snapshot(user.userId), `step ${step}`).toEqual(EMPTY);
      // Email Routing's retry stores it whole, once.
      const retry = await deliver(fixtureRaw(NORTHWIND), { from: JORDAN.owner, to: user.inbox });
      expect(retry.rejected).toBeNull();
      expect(await snapshot(user.userId), `step ${step}`).toEqual(complete);
    }
  });

  it("keeps a failed message whole when D1 fails while recording it, on the retry", async () => {
    const nested = `${"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n".repeat(60)}x`;
    const raw = `From: ${JORDAN.owner}\r\nTo: x@y.dev\r\nSubject: Fwd: hi\r\nMessage-ID: <f@x>\r\nMIME-Version: 1.0\r\n${nested}`;
    const user = await createJordan();
    const counting = flakyD1(Number.POSITIVE_INFINITY);
    const probe = await createJordan();
    await deliver(raw, { from: JORDAN.owner, to: probe.inbox }, { ...env, DB: counting.db });
    for (let step = 1; step <= counting.trips(); step++) {
      const flaky = flakyD1(step);
      await expect(
        deliver(raw, { from: JORDAN.owner, to: user.inbox }, { ...env, DB: flaky.db }),
      ).rejects.toThrow(/Network connection lost/);
      expect(await countRows("inbound_messages", user.userId)).toBe(0);
    }
    await deliver(raw, { from: JORDAN.owner, to: user.inbox });
    const row = await env.DB.prepare("SELECT status FROM inbound_messages WHERE user_id = ?1")
      .bind(user.userId)
      .first<{ status: string }>();
    expect(row?.status).toBe("failed");
  });
});
