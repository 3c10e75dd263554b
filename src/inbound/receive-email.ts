import { receiveCommandReply } from "../commands/receive-command-reply.ts";
import { replyTokenOf } from "../commands/reply-token.ts";
import { countRefusal, lookUpArrival, lookUpRelated, recordInbound } from "../db/inbound.ts";
import type { Mailer } from "../deliver/mailer.ts";
import type { Config } from "../env.ts";
import type { Claude } from "../llm/anthropic-client.ts";
import { personaliseFollowUps } from "../llm/personalise-follow-ups.ts";
import { sharpenUnderstanding } from "../llm/sharpen-understanding.ts";
import { followUpsForMessage } from "../plan/follow-ups-for-message.ts";
import { companyKey } from "../understand/company-key.ts";
import { findReturnDate } from "../understand/return-date.ts";
import { type UnderstoodEmail, understandEmail } from "../understand/understand-email.ts";
import { parseEmail } from "./parse-email.ts";
import type { ParsedEmail } from "./parsed-email.ts";
import { type Delivery, planFailedRecord, planInboundRecord } from "./plan-record.ts";
import { type RefusalCounter, routeEmail } from "./route-email.ts";

/** What the pipeline may call out to: mail for command replies, Claude when configured. */
export interface ReceiveServices {
  mailer: Mailer;
  /** null without ANTHROPIC_API_KEY: rules and templates alone. */
  claude: Claude | null;
}

/** A message as Email Routing delivered it, stripped of the runtime's object. */
export interface Arriving {
  raw: Uint8Array;
  envelopeFrom: string;
  envelopeTo: string;
  receivedAt: Date;
}

export type ReceiveOutcome =
  | { kind: "stored"; inboundId: string; status: "processed" | "failed" }
  | { kind: "duplicate" }
  | { kind: "command"; replyId: string }
  | { kind: "refused"; counter: RefusalCounter; reason: string }
  | { kind: "dropped"; counter: RefusalCounter };

/** A failed message is kept whole for a retry only while it fits comfortably in one D1 row. */
const MAX_KEPT_RAW_BYTES = 900 * 1024;

/**
 * Takes one arriving message from the door to D1: parse, route, understand, record; or, for
 * a reply to a digest, hands it to the commands. D1 errors propagate, so Email Routing
 * retries the delivery; nothing is half-written.
 */
export async function receiveEmail(
  db: D1Database,
  config: Config,
  arriving: Arriving,
  services: ReceiveServices,
): Promise<ReceiveOutcome> {
  const day = arriving.receivedAt.toISOString().slice(0, 10);
  const refuse = async (counter: RefusalCounter, reason: string): Promise<ReceiveOutcome> => {
    await countRefusal(db, day, counter);
    return { kind: "refused", counter, reason };
  };
  if (arriving.raw.byteLength > config.maxMessageBytes) {
    return refuse("too_large", tooLargeReason(config.maxMessageBytes));
  }

  const contentHash = await sha256Hex(arriving.raw);
  const inboxAddress = inboxOf(arriving.envelopeTo);
  let email: ParsedEmail | null = null;
  let parseError: string | null = null;
  try {
    email = await parseEmail(arriving.raw);
  } catch (error) {
    parseError = `could not parse MIME: ${errorMessage(error)}`;
  }

  const token = replyTokenOf(arriving.envelopeTo);
  if (token) {
    if (!email) return refuse("unparseable", "Message could not be parsed.");
    const outcome = await receiveCommandReply(
      db,
      services.mailer,
      config.serviceAddress,
      {
        email,
        envelopeFrom: arriving.envelopeFrom,
        inboxAddress,
        token,
        replyAddress: arriving.envelopeTo.trim().toLowerCase(),
        contentHash,
        receivedAt: arriving.receivedAt,
      },
      { publicUrl: config.publicUrl },
    );
    return outcome.kind === "applied" ? { kind: "command", replyId: outcome.replyId } : outcome;
  }

  const sender = email?.from[0]?.address ?? arriving.envelopeFrom.toLowerCase();
  const arrival = await lookUpArrival(
    db,
    inboxAddress,
    sender,
    email?.messageId ?? null,
    contentHash,
  );
  if (!email) {
    // Unreadable mail from the owner is kept so they hear about it; anyone else's is refused.
    const owner = arrival.user?.addresses.includes(arriving.envelopeFrom.toLowerCase());
    if (!arrival.user || !owner) return refuse("unparseable", "Message could not be parsed.");
    if (arrival.alreadyStored) return { kind: "duplicate" };
    const delivery = deliveryOf(arriving, "forward", null, contentHash, sender, "", null);
    return storeFailure(
      db,
      arrival.user.id,
      delivery,
      parseError ?? "unparseable",
      arriving.raw,
      "",
    );
  }

  const route = routeEmail({
    email,
    envelopeFrom: arriving.envelopeFrom,
    user: arrival.user,
    senderContact: arrival.senderContact,
    serviceAddress: config.serviceAddress,
  });
  if (route.kind === "refuse") return refuse(route.counter, route.reason);
  if (route.kind === "drop") {
    await countRefusal(db, day, route.counter);
    return { kind: "dropped", counter: route.counter };
  }
  const user = arrival.user;
  if (!user || arrival.alreadyStored) return { kind: "duplicate" };

  const delivery = deliveryOf(
    arriving,
    route.kind,
    email.messageId,
    contentHash,
    sender,
    email.subject,
    route.loopGuard,
  );
  const self = { addresses: user.addresses, names: user.displayName ? [user.displayName] : [] };
  let understood: UnderstoodEmail;
  try {
    understood = understandEmail(email, self);
  } catch (error) {
    return storeFailure(
      db,
      user.id,
      delivery,
      `could not understand: ${errorMessage(error)}`,
      arriving.raw,
      email.text,
    );
  }

  const rulesReturnDate =
    understood.understanding.category === "auto_reply"
      ? findReturnDate(understood.newest, understood.understanding.language, delivery.receivedAt)
      : null;
  // Claude, when configured, sharpens the rules' reading; outside the try above, so a D1
  // error here is retried by Email Routing rather than stored as a failed message.
  const sharpened = services.claude
    ? await sharpenUnderstanding({
        db,
        llm: services.claude,
        userId: user.id,
        understood,
        rulesReturnDate,
        self,
        receivedAt: delivery.receivedAt,
        now: arriving.receivedAt,
      })
    : null;
  if (sharpened) understood = { ...understood, understanding: sharpened.understanding };
  const returnDate = sharpened ? sharpened.returnDate : rulesReturnDate;

  const { understanding, unwrapped } = understood;
  const originalKey =
    unwrapped.format === "none" ? null : await originalKeyOf(understood, unwrapped.original.body);
  const key = understanding.company ? companyKey(understanding.company) : null;
  const emails = understanding.contacts.flatMap((c) => (c.email ? [c.email] : []));
  if (route.kind === "reply" && route.contact.email) emails.push(route.contact.email);
  const related = await lookUpRelated(db, user.id, key, emails, originalKey);
  // The same rejection forwarded a second time (a new forward, a new Message-ID) is one event.
  if (related.originalSeen) return { kind: "duplicate" };

  const replyFrom = route.kind === "reply" ? route.contact : null;
  const newId = () => crypto.randomUUID();
  const record = planInboundRecord(
    delivery,
    understood,
    { company: related.company, contacts: related.contacts, replyFrom },
    originalKey,
    newId,
  );
  // A paused user's mail is still read and kept; nothing is planned until they resume.
  const followUps = user.paused
    ? null
    : followUpsForMessage({
        user,
        record,
        understood,
        replyFrom,
        companyName: related.company?.name ?? understanding.company,
        history: related.history,
        returnDate,
        newId,
      });
  const drafts =
    followUps && services.claude && followUps.drafts.length > 0
      ? await personaliseFollowUps(
          db,
          services.claude,
          followUps,
          {
            userId: user.id,
            senderName: user.displayName,
            company: related.company?.name ?? understanding.company,
            role: understanding.role,
            userNote: unwrapped.note,
            emailExcerpt: understood.newest,
            referrer: replyFrom?.name || unwrapped.original.from?.name || null,
          },
          arriving.receivedAt,
        )
      : followUps;
  await recordInbound(db, user.id, record, drafts, arriving.receivedAt.toISOString());
  return { kind: "stored", inboundId: record.inbound.id, status: "processed" };
}

async function storeFailure(
  db: D1Database,
  userId: string,
  delivery: Delivery,
  error: string,
  raw: Uint8Array,
  text: string,
): Promise<ReceiveOutcome> {
  const keptRaw = raw.byteLength <= MAX_KEPT_RAW_BYTES ? new TextDecoder().decode(raw) : null;
  const record = planFailedRecord(delivery, error, keptRaw, text, () => crypto.randomUUID());
  await recordInbound(db, userId, record, null, delivery.receivedAt);
  return { kind: "stored", inboundId: record.inbound.id, status: "failed" };
}

function deliveryOf(
  arriving: Arriving,
  route: Delivery["route"],
  messageId: string | null,
  contentHash: string,
  sender: string | null,
  subject: string,
  loopGuard: string | null,
): Delivery {
  return {
    route,
    messageId,
    contentHash,
    envelopeFrom: arriving.envelopeFrom.toLowerCase(),
    sender,
    subject: subject.slice(0, 500),
    receivedAt: arriving.receivedAt.toISOString(),
    rawSize: arriving.raw.byteLength,
    loopGuard,
  };
}

/** The inbox a recipient address belongs to: lower-cased, any +tag removed. */
export function inboxOf(recipient: string): string {
  const [local = "", domain = ""] = recipient.trim().toLowerCase().split("@");
  return `${local.split("+")[0]}@${domain}`;
}

export function tooLargeReason(maxBytes: number): string {
  return `Message is larger than ${Math.round(maxBytes / 1024 / 1024)} MiB; forward the text without attachments.`;
}

async function originalKeyOf(understood: UnderstoodEmail, body: string): Promise<string> {
  const o = understood.unwrapped.original;
  const text = body.replace(/\s+/g, " ").trim().slice(0, 2000);
  return sha256Hex(
    new TextEncoder().encode([o.from?.address ?? o.from?.name ?? "", o.subject, text].join("\n")),
  );
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
