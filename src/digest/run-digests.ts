import {
  claimDigest,
  type DigestRecipient,
  finishDigest,
  listDigestRecipients,
  loadDigestData,
  recordDigestSent,
} from "../db/digests.ts";
import { composeMime } from "../deliver/compose-mime.ts";
import { monthlyCostLine } from "../llm/usage.ts";
import { composeDigest, digestGroups, digestNumberMap } from "./compose-digest.ts";
import { isDigestDue, localTime } from "./local-time.ts";
import { renderHtml } from "./render-html.ts";
import { renderText } from "./render-text.ts";
import { hashReplyToken, newReplyToken, REPLY_TOKEN_DAYS, replyAddress } from "./reply-token.ts";

/** Sends one raw message; in the Worker, `env.EMAIL.send(new EmailMessage(...))`. */
export type SendRaw = (from: string, to: string, raw: string) => Promise<{ messageId: string }>;

export interface DigestRunConfig {
  serviceAddress: string;
  /**
   * D1 queries one run may spend (the free plan allows 50 per invocation). Users past the
   * budget stay due and are served by the next hourly run.
   */
  queryBudget: number;
}

/** D1 queries one user's digest costs at most: claim, one batch of six reads, Claude's cost, two writes. */
const QUERIES_PER_DIGEST = 10;

export type DigestOutcome = "sent" | "empty" | "failed" | "not_due" | "taken" | "deferred";

/** The D1 queries one user's outcome cost at most: a digest already sent costs only its claim. */
function queriesFor(outcome: DigestOutcome): number {
  if (outcome === "not_due" || outcome === "deferred") return 0;
  return outcome === "taken" ? 1 : QUERIES_PER_DIGEST;
}

/** The D1 queries a run spent, at most, judging by its outcomes (the listing, then each digest). */
export function queriesSpent(outcomes: ReadonlyMap<string, DigestOutcome>): number {
  let spent = 1;
  for (const outcome of outcomes.values()) spent += queriesFor(outcome);
  return spent;
}

/** One hourly run: every user whose digest is due gets exactly one today, at most. */
export async function runDigests(
  db: D1Database,
  send: SendRaw,
  config: DigestRunConfig,
  now: Date,
): Promise<Map<string, DigestOutcome>> {
  const outcomes = new Map<string, DigestOutcome>();
  let budget = config.queryBudget - 1;
  for (const user of await listDigestRecipients(db)) {
    if (!isDigestDue(now, user.timeZone, user.digestHour)) {
      outcomes.set(user.id, "not_due");
      continue;
    }
    if (budget < QUERIES_PER_DIGEST) {
      outcomes.set(user.id, "deferred");
      continue;
    }
    const outcome = await digestForUser(db, send, config, user, now);
    budget -= queriesFor(outcome);
    outcomes.set(user.id, outcome);
  }
  return outcomes;
}

/** One user's digest; a failure is recorded for a retry next hour and never stops the others. */
async function digestForUser(
  db: D1Database,
  send: SendRaw,
  config: DigestRunConfig,
  user: DigestRecipient,
  now: Date,
): Promise<DigestOutcome> {
  const { date } = localTime(now, user.timeZone);
  const digestId = await claimDigest(db, user.id, date, now);
  if (!digestId) return "taken";
  try {
    const composed = composeDigest(await loadDigestData(db, user, date, now));
    if (!composed) {
      await finishDigest(db, digestId, "empty", null);
      return "empty";
    }
    // Claude's cost is read only for a digest that goes out: an empty day costs no query for it.
    const cost = await monthlyCostLine(db, user.id, now);
    const digest = cost ? { ...composed, footer: [...composed.footer, cost] } : composed;
    const token = newReplyToken();
    const domain = config.serviceAddress.split("@")[1] ?? "rebound.invalid";
    const messageId = `<digest.${digestId}@${domain}>`;
    const raw = composeMime({
      from: { name: "Rebound", address: config.serviceAddress },
      to: user.ownerAddress,
      replyTo: replyAddress(user.inboxAddress, token),
      subject: digest.subject,
      messageId,
      date: now,
      // RFC 3834: machine-written; mail clients and Rebound itself will not auto-reply to it.
      headers: { "Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All" },
      text: renderText(digest),
      html: renderHtml(digest, { replyAddress: replyAddress(user.inboxAddress, token) }),
    });
    const result = await send(config.serviceAddress, user.ownerAddress, raw);
    await recordDigestSent(
      db,
      digestId,
      {
        subject: digest.subject,
        messageId,
        platformMessageId: result.messageId || null,
        replyTokenHash: await hashReplyToken(token),
        replyTokenExpiresAt: new Date(now.getTime() + REPLY_TOKEN_DAYS * 86_400_000).toISOString(),
        items: digestNumberMap(digest),
        groups: digestGroups(digest),
        people: digest.people,
      },
      now,
    );
    return "sent";
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error("digest failed", user.id, message);
    await finishDigest(db, digestId, "failed", message.slice(0, 500)).catch(() => undefined);
    return "failed";
  }
}
