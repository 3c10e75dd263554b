import {
  claimDigest,
  type DigestRecipient,
  finishDigest,
  loadDigestData,
  markDigestSent,
  recordDigestIntent,
} from "../db/digests.ts";
import { composeMime } from "../deliver/compose-mime.ts";
import { SendTimeout, withDeadline } from "../deliver/mailer.ts";
import { classifySendError } from "../deliver/send-errors.ts";
import { localTime } from "../domain/local-time.ts";
import { monthlyCostLine } from "../llm/usage.ts";
import { composeDigest, digestGroups, digestNumberMap } from "./compose-digest.ts";
import { renderHtml } from "./render-html.ts";
import { renderText } from "./render-text.ts";
import { hashReplyToken, newReplyToken, REPLY_TOKEN_DAYS, replyAddress } from "./reply-token.ts";

/** Sends one raw message; in the Worker, `env.EMAIL.send(new EmailMessage(...))`. */
export type SendRaw = (from: string, to: string, raw: string) => Promise<{ messageId: string }>;

export interface DigestRunConfig {
  serviceAddress: string;
  /** How long a digest send may take before its outcome counts as unknown (default 20 s). */
  sendTimeoutMs?: number;
}

export type DigestOutcome = "sent" | "empty" | "failed" | "taken";

/**
 * One user's digest, exactly once: claimed, composed, its reply token and numbers recorded
 * before the send (the intent), sent with a deadline, then marked sent. A send that went out
 * is never repeated: if marking it fails, the next run finds the intent and settles it as
 * sent, and its reply address works meanwhile. A definite send error is recorded for a retry
 * (the queue retries the job); a timeout counts as sent (it may have gone out). Never throws.
 * The digest job (src/jobs/digest-job.ts) calls it once per user, in an invocation of its own.
 */
export async function sendDigestForUser(
  db: D1Database,
  send: SendRaw,
  config: DigestRunConfig,
  user: DigestRecipient,
  now: Date,
): Promise<DigestOutcome> {
  const { date } = localTime(now, user.timeZone);
  let digestId: string | null;
  try {
    digestId = await claimDigest(db, user.id, date, now);
  } catch (error) {
    console.error("digest claim failed", user.id, messageOf(error));
    return "failed";
  }
  if (!digestId) return "taken";
  let intentRecorded = false;
  try {
    const data = await loadDigestData(db, user, date, now);
    const composed = composeDigest(data);
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
    const shown = new Map(data.drafts.map((d) => [d.draftId, d]));
    await recordDigestIntent(
      db,
      digestId,
      {
        subject: digest.subject,
        messageId,
        replyTokenHash: await hashReplyToken(token),
        replyTokenExpiresAt: new Date(now.getTime() + REPLY_TOKEN_DAYS * 86_400_000).toISOString(),
        items: digestNumberMap(digest).map((item) => {
          const draft = shown.get(item.draftId);
          return {
            ...item,
            subject: draft?.channel === "email" ? draft.subject : null,
            recipientEmail: draft?.channel === "email" ? draft.recipientEmail : null,
          };
        }),
        groups: digestGroups(digest),
        // One number, one person: "address N" and "confirm N" / "not N" read the same rows.
        people: [...digest.people, ...digest.toConfirm],
        totals: data.progress ? { at: now.toISOString(), ...data.progress.total } : undefined,
      },
      now,
    );
    intentRecorded = true;
    let platformMessageId: string | null = null;
    let note: string | null = null;
    try {
      const result = await withDeadline(
        send(config.serviceAddress, user.ownerAddress, raw),
        config.sendTimeoutMs,
      );
      platformMessageId = result.messageId || null;
    } catch (error) {
      const failure = classifySendError(error);
      if (failure.outcome === "failed") throw error;
      // It may have gone out: taken as sent, never sent twice; its reply address works.
      note = error instanceof SendTimeout ? failure.reason : `unknown outcome: ${messageOf(error)}`;
    }
    try {
      await markDigestSent(db, digestId, platformMessageId, note?.slice(0, 500) ?? null, now);
    } catch (error) {
      // The intent is recorded: the next run settles this digest as sent.
      console.error("recording a sent digest failed", user.id, messageOf(error));
    }
    return "sent";
  } catch (error) {
    const message = messageOf(error);
    console.error("digest failed", user.id, message);
    await finishDigest(db, digestId, "failed", message.slice(0, 500)).catch(() => {
      if (intentRecorded) console.error("digest left with its intent; the next run settles it");
    });
    return "failed";
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
