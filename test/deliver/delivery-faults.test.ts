import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { MESSAGE_KINDS, type MessageKind } from "../../src/drafts/message-kinds.ts";
import { deliver } from "../support/deliver.ts";
import { faultyD1, nthQuery } from "../support/faulty-d1.ts";
import { runJobs } from "../support/queue.ts";
import {
  fakeMailBinding,
  replyMime,
  type SentMail,
  seekerWithDigest,
} from "../support/reply-loop.ts";
import { JORDAN } from "../support/users.ts";

/** The subject of the handoff that delivers a draft (see compose-handoff.ts). */
function handoffSubject(d: { kind: MessageKind; channel: string; name: string | null }): string {
  const who = d.name ?? "your contact";
  if (d.channel === "linkedin") return `LinkedIn note for ${who}`;
  if (d.channel === "call") return `Call script for ${who}`;
  return `Ready to send: ${MESSAGE_KINDS[d.kind].label} to ${who}`;
}

/**
 * The mails that handed this draft to the user: its own handoff, or, for a LinkedIn note
 * approved with others, the one mail that lists every note of the day by name.
 */
function handoffsOf(
  toOwner: readonly { subject: string; text: string }[],
  d: { kind: MessageKind; channel: string; name: string | null },
): number {
  const own = toOwner.filter((m) => m.subject === handoffSubject(d)).length;
  if (d.channel !== "linkedin") return own;
  const grouped = toOwner.filter(
    (m) => /^\d+ LinkedIn notes to send$/.test(m.subject) && m.text.includes(`. ${d.name ?? ""}`),
  ).length;
  return own + grouped;
}

/** The hourly run's leftovers job (approvals left behind, sends interrupted), through queue(). */
async function hourlyRun(at: Date, bindings: Env) {
  await runJobs([{ type: "leftovers", at: at.toISOString() }], bindings);
}

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
    await hourlyRun(new Date(Date.now() + 45 * 60_000), mail.env);

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
