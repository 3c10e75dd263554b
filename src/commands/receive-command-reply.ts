import type { CommandWrite } from "../db/commands.ts";
import {
  applyCommandWrites,
  type CommandContext,
  lookUpCommandContext,
  ReplyAlreadyHandled,
  recordCommandSummary,
} from "../db/commands.ts";
import { countRefusal } from "../db/inbound.ts";
import { loadSettings } from "../db/settings.ts";
import { deliverApproved } from "../deliver/deliver-drafts.ts";
import type { Mailer } from "../deliver/mailer.ts";
import { hashReplyToken } from "../digest/reply-token.ts";
import { readRecipient } from "../domain/inbox-address.ts";
import { calendarUrl, newCalendarSecret } from "../exports/calendar-secret.ts";
import { sendRequestedFiles } from "../exports/send-files.ts";
import { machineReason } from "../inbound/machine-mail.ts";
import type { HeaderBlock } from "../inbound/read-headers.ts";
import {
  AMBIGUOUS_SENDER,
  failsDmarc,
  NO_SUCH_INBOX,
  type RefusalCounter,
} from "../inbound/route-email.ts";
import type { ParsedEmail } from "../understand/mail/parsed-email.ts";
import { composeConfirmation } from "./compose-confirmation.ts";
import { handleDataDeletion } from "./delete-my-data.ts";
import { beginsWithCommandWord, parseCommands } from "./parse-commands.ts";
import { planCommands } from "./plan-commands.ts";
import { commandText } from "./reply-text.ts";

/** Confirmations mailed per digest per UTC day, at most: an unmarked auto-responder stops here. */
export const MAX_CONFIRMATIONS_PER_DIGEST_PER_DAY = 3;

/** `calendar` makes the feed's secret when there is none; `calendar revoke` removes it. */
async function calendarWrite(
  request: "send" | "revoke" | null,
  active: boolean,
): Promise<{ write: CommandWrite | null; secret: string | null }> {
  if (request === "revoke") return { write: { kind: "calendar", secretHash: null }, secret: null };
  if (request !== "send" || active) return { write: null, secret: null };
  const { secret, hash } = await newCalendarSecret();
  return { write: { kind: "calendar", secretHash: hash }, secret };
}

/** A reply to a digest, as it arrived: its raw header block, and the full parse on demand. */
export interface CommandReply {
  head: HeaderBlock;
  /** The full MIME parse, run only once the reply passed every check. */
  parse: () => Promise<ParsedEmail>;
  envelopeFrom: string;
  /** The inbox the reply address belongs to (plus tag removed). */
  inboxAddress: string;
  token: string;
  /** The address the reply was sent to (inbox+token@…), as the envelope gave it. */
  replyAddress: string;
  contentHash: string;
  receivedAt: Date;
}

export type CommandOutcome =
  | { kind: "applied"; replyId: string }
  | { kind: "duplicate" }
  | { kind: "refused"; counter: RefusalCounter; reason: string }
  | { kind: "dropped"; counter: RefusalCounter };

/** Whether a reply may command its inbox; a refusal carries what the sending server is told. */
export type CommandCheck =
  | { ok: true }
  | { ok: false; counter: RefusalCounter; reason: string | null };

/**
 * A reply is a command only from the owner's own address (header and envelope, DMARC not
 * failed), not an auto-reply, to a reply address Rebound issued for this user's digest that
 * has not expired. Auto-replies are dropped silently; everything else refused is bounced.
 */
export function checkCommandReply(
  reply: Pick<CommandReply, "head" | "envelopeFrom" | "receivedAt">,
  context: Pick<CommandContext, "user" | "digest">,
): CommandCheck {
  const { user, digest } = context;
  if (!user) return { ok: false, counter: "no_such_inbox", reason: NO_SUCH_INBOX };
  // Identity from the raw header: one plain mailbox, never a decoded or second address.
  const fromAddress = reply.head.sender;
  if (!fromAddress) return { ok: false, counter: "ambiguous_sender", reason: AMBIGUOUS_SENDER };
  const envelope = reply.envelopeFrom.trim().toLowerCase();
  if (
    fromAddress !== user.ownerAddress ||
    envelope !== user.ownerAddress ||
    failsDmarc(reply.head.headers)
  ) {
    return {
      ok: false,
      counter: "spoofed_owner",
      reason: "Only the owner of this inbox can answer its digests.",
    };
  }
  if (machineReason(reply.head.headers, fromAddress, reply.head.subject)) {
    return { ok: false, counter: "auto_reply", reason: null };
  }
  if (!digest || digest.userId !== user.id) {
    return {
      ok: false,
      counter: "bad_reply_token",
      reason:
        "This reply address does not belong to a Rebound digest. Reply to your latest digest.",
    };
  }
  if (!digest.expiresAt || digest.expiresAt <= reply.receivedAt.toISOString()) {
    return {
      ok: false,
      counter: "expired_reply_token",
      reason:
        "This digest is more than a week old, so its reply address has expired. Reply to your latest digest instead.",
    };
  }
  return { ok: true };
}

/**
 * Acts on a reply to a digest: checks who sent it, reads only what they typed, applies the
 * commands in one transaction, delivers what was approved, and confirms. A reply seen before
 * (same Message-ID, or same bytes) does nothing.
 */
export async function receiveCommandReply(
  db: D1Database,
  mailer: Mailer,
  serviceAddress: string,
  reply: CommandReply,
  options: {
    /** The RAW_MAIL bucket, when bound: "delete my data" removes the user's raw mail from it. */
    rawMail?: R2Bucket | undefined;
    /** The Worker's own address, for the calendar feed's link. */
    publicUrl?: string | null | undefined;
  } = {},
): Promise<CommandOutcome> {
  const day = reply.receivedAt.toISOString().slice(0, 10);
  const messageKey = reply.head.messageId ?? `sha256:${reply.contentHash}`;
  const context = await lookUpCommandContext(
    db,
    reply.inboxAddress,
    await hashReplyToken(reply.token),
    messageKey,
    day,
  );
  const check = checkCommandReply(reply, context);
  if (!check.ok) {
    await countRefusal(db, day, check.counter);
    return check.reason === null
      ? { kind: "dropped", counter: check.counter }
      : { kind: "refused", counter: check.counter, reason: check.reason };
  }
  const { user, digest, items } = context;
  if (!user || !digest || context.alreadyHandled) return { kind: "duplicate" };

  let email: ParsedEmail;
  try {
    email = await reply.parse();
  } catch {
    await countRefusal(db, day, "unparseable");
    return { kind: "refused", counter: "unparseable", reason: "Message could not be parsed." };
  }
  const text = commandText(email.text);
  // The same words, same Date, same digest: a replay with its Message-ID removed or changed.
  const contentKey = await contentKeyOf(digest.id, reply.head.headers.get("date")?.[0], text);
  const parsed = parseCommands(text);
  const replyId = crypto.randomUUID();
  const deletion = parsed.commands.find((c) => c.kind === "delete_data");
  if (deletion?.kind === "delete_data") {
    const record = {
      id: replyId,
      userId: user.id,
      digestId: digest.id,
      messageKey,
      receivedAt: reply.receivedAt.toISOString(),
    };
    try {
      await applyCommandWrites(db, record, [], reply.receivedAt);
    } catch (error) {
      if (error instanceof ReplyAlreadyHandled) return { kind: "duplicate" };
      throw error;
    }
    await handleDataDeletion(
      db,
      options.rawMail,
      mailer,
      user,
      deletion.code,
      {
        serviceAddress,
        replyMessageId: email.messageId,
        replySubject: email.subject,
        replyAddress: reply.replyAddress,
      },
      reply.receivedAt,
    );
    return { kind: "applied", replyId };
  }
  const settings = await loadSettings(db, user.id);
  const plan = planCommands(parsed.commands, items, reply.receivedAt, {
    groups: context.groups,
    people: context.people,
    settings,
    ownAddresses: user.addresses,
    reboundAddress: (address) =>
      address === serviceAddress.toLowerCase() ||
      readRecipient(address).inbox === user.inboxAddress,
  });
  const calendar = await calendarWrite(plan.calendar, settings?.calendarActive ?? false);
  if (calendar.write) plan.writes.push(calendar.write);
  let applied: Awaited<ReturnType<typeof applyCommandWrites>>;
  try {
    applied = await applyCommandWrites(
      db,
      {
        id: replyId,
        userId: user.id,
        digestId: digest.id,
        messageKey,
        contentKey,
        receivedAt: reply.receivedAt.toISOString(),
      },
      plan.writes,
      reply.receivedAt,
    );
  } catch (error) {
    if (error instanceof ReplyAlreadyHandled) return { kind: "duplicate" };
    throw error;
  }
  const deliveries = await deliverApproved(
    db,
    mailer,
    user,
    serviceAddress,
    [
      ...applied.approved,
      ...applied.edited,
      ...plan.fill.filter((f) => f.complete && applied.filled.has(f.draftId)).map((f) => f.draftId),
    ],
    () => new Date(),
  );
  // A reply with no command gets no answer (an auto-responder's prose is no command), but a
  // command word the user mistyped ("hour 25") does, with the error; and no digest gets more
  // than a few answers a day, so a machine answering each one stops.
  const meantCommands =
    parsed.commands.length > 0 || parsed.problems.some((p) => beginsWithCommandWord(p.line));
  const confirm =
    meantCommands && context.confirmationsToday < MAX_CONFIRMATIONS_PER_DIGEST_PER_DAY;
  const settingsNow =
    plan.showSettings || plan.exportData ? await loadSettings(db, user.id) : settings;
  const files = await sendRequestedFiles(
    db,
    mailer,
    { serviceAddress, ownerAddress: user.ownerAddress, userId: user.id },
    {
      exportData: plan.exportData,
      calendar: plan.calendar,
      settings: settingsNow,
      calendarUrl: calendar.secret ? calendarUrl(options.publicUrl ?? null, calendar.secret) : null,
      calendarWasActive: settings?.calendarActive ?? false,
    },
    reply.receivedAt,
  );
  const { message, summary } = composeConfirmation(
    {
      plan,
      applied,
      deliveries,
      items,
      parseProblems: parsed.problems.map((p) => `"${p.line}": ${p.message}`),
      empty: parsed.commands.length === 0 && parsed.problems.length === 0,
      settingsNow: plan.showSettings ? settingsNow : null,
      files,
    },
    {
      serviceAddress,
      ownerAddress: user.ownerAddress,
      replyMessageId: email.messageId,
      replyAddress: reply.replyAddress,
      replySubject: email.subject,
    },
  );
  let confirmed = false;
  if (confirm) {
    try {
      await mailer.notify(message);
      confirmed = true;
    } catch (error) {
      // The commands stand either way; the summary is kept, and the next digest reflects them.
      console.error("confirmation failed", user.id, error instanceof Error ? error.message : error);
    }
  }
  // Sent first, recorded after: a D1 failure here never costs the user their confirmation.
  await recordCommandSummary(db, replyId, summary, confirmed).catch((error: unknown) =>
    console.error("recording a confirmation failed", user.id, String(error)),
  );
  return { kind: "applied", replyId };
}

/** SHA-256 of the digest, the reply's Date header and the words the owner typed. */
async function contentKeyOf(
  digestId: string,
  date: string | undefined,
  text: string,
): Promise<string> {
  const material = [digestId, (date ?? "").trim(), text.replace(/\s+/g, " ").trim()].join("\n");
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(material));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}
