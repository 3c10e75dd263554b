import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { MessageKind } from "../../src/domain/message-kind.ts";
import { deliver } from "../support/deliver.ts";
import { faultyD1, nthQuery } from "../support/faulty-d1.ts";
import { handoffsOf } from "../support/handoffs.ts";
import { runLeftoversJob } from "../support/queue.ts";
import {
  fakeMailBinding,
  replyMime,
  type SentMail,
  seekerWithDigest,
} from "../support/reply-loop.ts";
import { JORDAN } from "../support/users.ts";

/**
 * A D1 error at each query of an "approve all" reply, once (a blip) or from then on (D1 down).
 * Email Routing retries a reply whose handler threw; the hourly run picks up what was left.
 * Whatever happens, each approved draft ends sent exactly once, or unknown with the user told;
 * none is lost in `approved` or `sending`, none is sent twice.
 */
// Query numbers count every statement: 1-4 read the context (one batch), 5-6 record the reply
// and its approvals, 7-8 claim the drafts, then one record per draft, then the summary.
describe("a D1 error at each step of a command reply", () => {
  const cases = [1, 5, 6, 7, 8, 9, 10, 11, 12, 13].flatMap((n) =>
    (["once", "from"] as const).map((mode) => ({ n, mode })),
  );
  it.each(cases)("query $n fails ($mode)", async ({ n, mode }) => {
    const seeker = await seekerWithDigest();
    const mail = fakeMailBinding();
    const faulty = faultyD1(env.DB, nthQuery(n, mode));
    const raw = replyMime(seeker, "approve all");
    const envelope = { from: JORDAN.owner, to: seeker.replyAddress };
    let threw = false;
    try {
      await deliver(raw, envelope, { ...mail.env, DB: faulty.db });
    } catch {
      threw = true;
    }
    // Past the last query of this reply nothing fails; every query up to the records does.
    if (n <= 10) expect(faulty.injected.length).toBeGreaterThan(0);
    // Email Routing retries the same message when the handler threw.
    if (threw) await deliver(raw, envelope, mail.env);
    await runLeftoversJob(mail.env, new Date(Date.now() + 45 * 60_000));

    const { results: drafts } = await env.DB.prepare(
      `SELECT i.number, d.id, d.state, d.kind, d.channel, d.body, c.name
       FROM digest_items i JOIN drafts d ON d.id = i.draft_id JOIN contacts c ON c.id = d.contact_id
       WHERE i.digest_id = ?1 ORDER BY i.number`,
    )
      .bind(seeker.digestId)
      .all<{
        number: number;
        id: string;
        state: string;
        kind: MessageKind;
        channel: string;
        body: string;
        name: string | null;
      }>();
    const toOwner = mail.sent.filter((m: SentMail) => m.to.includes(JORDAN.owner));
    const confirmations = toOwner.filter((m) => m.subject.startsWith("Re:"));
    expect(confirmations.length).toBeGreaterThanOrEqual(1);
    for (const draft of drafts) {
      if (draft.body.includes("[[add:")) {
        expect(draft.state).toBe("pending");
        continue;
      }
      const sends = handoffsOf(toOwner, draft);
      expect(sends, `draft ${draft.number}`).toBeLessThanOrEqual(1);
      expect(["sent", "unknown"], `draft ${draft.number} ended ${draft.state}`).toContain(
        draft.state,
      );
      if (draft.state === "sent") expect(sends, `draft ${draft.number}`).toBe(1);
      if (draft.state === "unknown") {
        const told =
          confirmations.some((c) => c.text.includes(`${draft.number}. `)) ||
          toOwner.some((m) => m.subject === NOTICE && m.text.includes("Outcome unknown"));
        expect(told, `draft ${draft.number} unknown and the user was told`).toBe(true);
      }
    }
  });
});

const NOTICE = "Rebound: about the messages you approved";
