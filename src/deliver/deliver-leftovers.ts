import { findUndeliveredApprovals, type InterruptedSend } from "../db/deliveries.ts";
import { findUserById } from "../db/users.ts";
import { MESSAGE_KINDS, type MessageKind } from "../domain/message-kind.ts";
import { type DeliveryReport, deliverApproved } from "./deliver-drafts.ts";
import type { Mailer } from "./mailer.ts";
import { plainHtml } from "./plain-html.ts";

/** An approval older than this was left behind by a reply whose invocation ended early. */
const LEFT_BEHIND_AFTER_MINUTES = 15;
/** A send still unfinished after this long may or may not have left: it becomes unknown. */
const INTERRUPTED_AFTER_MINUTES = 30;
/** Drafts one hourly run delivers at most: each costs one D1 query and one send. */
const MAX_LEFTOVERS_PER_RUN = 8;
/** Users served per run: each costs a lookup and a claim (three queries). */
const MAX_USERS_PER_RUN = 3;
/** D1 queries one leftover run spends at most: the sweep (3), each user (3), each draft (1). */
export const LEFTOVER_QUERIES = 3 + MAX_USERS_PER_RUN * 3 + MAX_LEFTOVERS_PER_RUN;

/**
 * The hourly safety net behind command replies: sends approved drafts a reply did not get
 * to (exactly once, through the same claim), settles interrupted sends (unknown, or back to
 * approved when never attempted), and tells each user what happened in one short message.
 */
export async function deliverLeftovers(
  db: D1Database,
  mailer: Mailer,
  serviceAddress: string,
  now: Date,
): Promise<DeliveryReport[]> {
  const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);
  const leftovers = await findUndeliveredApprovals(
    db,
    minutesAgo(LEFT_BEHIND_AFTER_MINUTES),
    minutesAgo(INTERRUPTED_AFTER_MINUTES),
    MAX_LEFTOVERS_PER_RUN,
    now,
  );
  const reports: DeliveryReport[] = [];
  for (const { userId, draftIds, interrupted } of leftovers.slice(0, MAX_USERS_PER_RUN)) {
    const user = await findUserById(db, userId);
    if (!user) continue;
    const delivered = await deliverApproved(
      db,
      mailer,
      user,
      serviceAddress,
      draftIds,
      () => new Date(),
    );
    reports.push(...delivered);
    const notice = leftoverNotice(delivered, interrupted);
    if (notice) {
      await mailer
        .notify({
          from: { name: "Rebound", address: serviceAddress },
          to: user.ownerAddress,
          subject: "Rebound: about the messages you approved",
          text: notice,
          html: plainHtml(notice),
          headers: { "Auto-Submitted": "auto-generated" },
        })
        .catch((error: unknown) => console.error("leftover notice failed", userId, String(error)));
    }
  }
  return reports;
}

/** What the hourly run did with a user's approvals, or null when there is nothing to say. */
export function leftoverNotice(
  delivered: readonly DeliveryReport[],
  interrupted: readonly InterruptedSend[],
): string | null {
  const line = (kind: MessageKind | null, subject: string, who: string | null) =>
    `- ${kind ? MESSAGE_KINDS[kind].label : "a message"}${who ? ` to ${who}` : ""}${subject ? `, "${subject}"` : ""}`;
  const sent = delivered.filter((r) => r.outcome.state === "sent");
  const notSent = delivered.filter((r) => r.outcome.state !== "sent");
  const parts: string[] = [];
  if (sent.length > 0) {
    parts.push(
      "Sent now (your reply approved them, but they could not go out at the time):",
      ...sent.map((r) => line(r.kind, r.subject, r.to)),
      "",
    );
  }
  if (notSent.length > 0) {
    parts.push(
      "Not sent:",
      ...notSent.map(
        (r) => `${line(r.kind, r.subject, r.to)}: ${"reason" in r.outcome ? r.outcome.reason : ""}`,
      ),
      "",
    );
  }
  if (interrupted.length > 0) {
    parts.push(
      "Outcome unknown (sending was interrupted, so they may or may not have gone out; Rebound will not retry them, so check with the recipient before sending again yourself):",
      ...interrupted.map((i) => line(i.kind, i.subject, null)),
      "",
    );
  }
  return parts.length === 0 ? null : `${parts.join("\n").trim()}\n`;
}
