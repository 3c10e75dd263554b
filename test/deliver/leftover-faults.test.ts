import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { MessageKind } from "../../src/domain/message-kind.ts";
import { faultyD1, nthQuery } from "../support/faulty-d1.ts";
import { handoffsOf } from "../support/handoffs.ts";
import { runLeftoversJob } from "../support/queue.ts";
import { fakeMailBinding, type SentMail, seekerWithDigest } from "../support/reply-loop.ts";
import { JORDAN } from "../support/users.ts";

// A file of its own: the hourly run serves every user of the test file within one query
// budget, and leftovers come after the digests, so few users keep them within it.

const NOTICE = "Rebound: about the messages you approved";

/**
 * The hourly run delivering approvals a reply left behind, with a D1 error at each of its
 * draft queries (the sweep, the claim, each record), once or from then on; later runs finish.
 */
describe("a D1 error at each step of the hourly delivery", () => {
  const cases = [1, 2, 3, 4, 5, 6, 7].flatMap((n) =>
    (["once", "from"] as const).map((mode) => ({ n, mode })),
  );
  it.each(cases)("draft query $n fails ($mode)", async ({ n, mode }) => {
    const seeker = await seekerWithDigest();
    const { results: approved } = await env.DB.prepare(
      `UPDATE drafts SET state = 'approved', updated_at = ?2
       WHERE user_id = ?1 AND state = 'pending' AND body NOT LIKE '%[[add:%'
         AND due_at < '2021-01-01'
       RETURNING id, kind, channel, (SELECT name FROM contacts c WHERE c.id = contact_id) AS name`,
    )
      .bind(seeker.userId, new Date(Date.now() - 20 * 60_000).toISOString())
      .all<{ id: string; kind: MessageKind; channel: string; name: string | null }>();
    expect(approved.length).toBeGreaterThan(1);
    const mail = fakeMailBinding();
    const count = nthQuery(n, mode);
    const faulty = faultyD1(env.DB, (s) => /\bdrafts\b/.test(s.sql) && count());
    await runLeftoversJob({ ...mail.env, DB: faulty.db }).catch(() => undefined);
    expect(faulty.injected.length).toBeGreaterThan(0);
    await runLeftoversJob(mail.env, new Date(Date.now() + 45 * 60_000));
    await runLeftoversJob(mail.env, new Date(Date.now() + 100 * 60_000));

    const toOwner = mail.sent.filter((m: SentMail) => m.to.includes(JORDAN.owner));
    for (const row of approved) {
      const state = (
        await env.DB.prepare("SELECT state FROM drafts WHERE id = ?1")
          .bind(row.id)
          .first<{ state: string }>()
      )?.state;
      const sends = handoffsOf(toOwner, row);
      expect(sends).toBeLessThanOrEqual(1);
      expect(["sent", "unknown"]).toContain(state);
      if (state === "sent") expect(sends).toBe(1);
      if (state === "unknown") {
        expect(toOwner.some((m) => m.subject === NOTICE && /Outcome unknown/.test(m.text))).toBe(
          true,
        );
      }
    }
  });
});
