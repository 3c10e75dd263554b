import {
  claimDigest,
  type DigestRecipient,
  finishDigest,
  loadDigestData,
  recordDigestSent,
} from "../db/digests.ts";
import { composeMime } from "../deliver/compose-mime.ts";
import { monthlyCostLine } from "../llm/usage.ts";
import { composeDigest, digestNumberMap } from "./compose-digest.ts";
import { localTime } from "./local-time.ts";
import { renderHtml } from "./render-html.ts";
import { renderText } from "./render-text.ts";
import { hashReplyToken, newReplyToken, REPLY_TOKEN_DAYS, replyAddress } from "./reply-token.ts";

/** Sends one raw message; in the Worker, `env.EMAIL.send(new EmailMessage(...))`. */
export type SendRaw = (from: string, to: string, raw: string) => Promise<{ messageId: string }>;

export interface DigestRunConfig {
  serviceAddress: string;
}

export type DigestOutcome = "sent" | "empty" | "failed" | "taken";

/**
 * One user's digest, claimed for their local date first (so it goes out once a day at most);
 * a failure is recorded, and the queue retries the job. Called by the digest job (src/jobs).
 */
export async function digestForUser(
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
      html: renderHtml(digest),
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
