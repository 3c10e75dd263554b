import { receiveCommandReply } from "../commands/receive-command-reply.ts";
import { countRefusal, lookUpArrival, lookUpRelated, recordInbound } from "../db/inbound.ts";
import type { Mailer } from "../deliver/mailer.ts";
import { isReboundAddress, readRecipient, sameSecret } from "../domain/inbox-address.ts";
import type { User } from "../domain/user.ts";
import type { Config } from "../env.ts";
import type { Claude } from "../llm/anthropic-client.ts";
import { personaliseFollowUps } from "../llm/personalise-follow-ups.ts";
import { sharpenUnderstanding } from "../llm/sharpen-understanding.ts";
import { followUpsForMessage } from "../plan/follow-ups-for-message.ts";
import { companyKey } from "../understand/company-key.ts";
import { cleanLine } from "../understand/mail/clean-text.ts";
import { parseEmail } from "../understand/mail/parse-email.ts";
import type { ParsedEmail } from "../understand/mail/parsed-email.ts";
import { findReturnDate } from "../understand/return-date.ts";
import { type UnderstoodEmail, understandEmail } from "../understand/understand-email.ts";
import { type Delivery, planFailedRecord, planInboundRecord } from "./plan-record.ts";
import { keepRaw, type RawKept } from "./raw-store.ts";
import { boundedForParse, readHeaders } from "./read-headers.ts";
import { NEEDS_SECRET, type RefusalCounter, routeEmail } from "./route-email.ts";

/** What the pipeline may call out to: mail for command replies, Claude when configured. */
export interface ReceiveServices {
  mailer: Mailer;
  /** null without ANTHROPIC_API_KEY: rules and templates alone. */
  claude: Claude | null;
  /** The RAW_MAIL bucket when bound: raw messages go there, not into D1 rows. */
  rawMail?: R2Bucket | undefined;
  /** Ids for new rows; random UUIDs unless given (the start-up warm-up may not draw random values). */
  newId?: () => string;
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

/**
 * Takes one arriving message from the door to D1. Cheap before trusted: the envelope
 * recipient and its secret, then the header block alone (bounded), decide who sent it; only
 * mail that passed those checks is parsed in full, understood and recorded. A reply to a
 * digest goes to the commands. D1 errors propagate, so Email Routing retries the delivery;
 * nothing is half-written.
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
  const recipient = readRecipient(arriving.envelopeTo);
  // The bare inbox, or any tag that is no secret: nothing is read, nothing is stored.
  if (recipient.kind === "bare") return refuse("no_secret", NEEDS_SECRET);

  const contentHash = await sha256Hex(arriving.raw);
  const head = readHeaders(arriving.raw);
  if (recipient.kind === "command") {
    if (!head.ok) return refuse("unparseable", "Message headers could not be read.");
    const outcome = await receiveCommandReply(
      db,
      services.mailer,
      config.serviceAddress,
      {
        head: head.block,
        parse: () => parseEmail(arriving.raw),
        envelopeFrom: arriving.envelopeFrom,
        inboxAddress: recipient.inbox,
        token: recipient.token,
        replyAddress: arriving.envelopeTo.trim().toLowerCase(),
        contentHash,
        receivedAt: arriving.receivedAt,
      },
      { rawMail: services.rawMail, publicUrl: config.publicUrl },
    );
    return outcome.kind === "applied" ? { kind: "command", replyId: outcome.replyId } : outcome;
  }

  const sender = head.ok ? head.block.sender : null;
  const arrival = await lookUpArrival(
    db,
    recipient.inbox,
    sender,
    head.ok ? head.block.messageId : null,
    contentHash,
  );
  const user = arrival.user;
  if (!user) return refuse("no_such_inbox", "No Rebound inbox at this address.");
  const secret = recipient.kind === "forward" ? arrival.secrets.forward : arrival.secrets.contact;
  if (!sameSecret(recipient.secret, secret)) return refuse("wrong_secret", NEEDS_SECRET);

  const envelopeFrom = arriving.envelopeFrom.trim().toLowerCase();
  if (!head.ok) {
    // Unreadable headers at the secret forwarding address from the owner's envelope: kept,
    // so they hear about it. Anything else unreadable is refused, and nothing is kept.
    if (recipient.kind !== "forward" || !user.addresses.includes(envelopeFrom)) {
      return refuse("unparseable", "Message headers could not be read.");
    }
    if (arrival.alreadyStored) return { kind: "duplicate" };
    const delivery = deliveryOf(arriving, "forward", null, contentHash, null, "", null);
    return storeFailure(db, services, user.id, delivery, head.problem, arriving.raw, "");
  }

  const route = routeEmail({
    head: head.block,
    envelopeFrom,
    recipient: recipient.kind,
    user,
    senderContact: arrival.senderContact,
    serviceAddress: config.serviceAddress,
  });
  if (route.kind === "refuse") return refuse(route.counter, route.reason);
  if (route.kind === "drop") {
    await countRefusal(db, day, route.counter);
    return { kind: "dropped", counter: route.counter };
  }
  if (arrival.alreadyStored) return { kind: "duplicate" };

  let email: ParsedEmail;
  try {
    const lines = countLines(arriving.raw, MAX_PARSED_LINES + 1);
    if (lines > MAX_PARSED_LINES) {
      throw new Error(`more than ${MAX_PARSED_LINES} lines; forward the text without attachments`);
    }
    email = await parseEmail(boundedForParse(arriving.raw, head.block));
  } catch (error) {
    const delivery = deliveryOf(
      arriving,
      route.kind,
      head.block.messageId,
      contentHash,
      sender,
      head.block.subject,
      route.loopGuard,
    );
    return storeFailure(
      db,
      services,
      user.id,
      delivery,
      `could not parse MIME: ${errorMessage(error)}`,
      arriving.raw,
      "",
    );
  }

  const delivery = deliveryOf(
    arriving,
    route.kind,
    head.block.messageId,
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
      services,
      user.id,
      delivery,
      `could not understand: ${errorMessage(error)}`,
      arriving.raw,
      email.text,
    );
  }
  const ownMail = isReboundAddress(
    understood.unwrapped.original.from?.address ?? null,
    user,
    config.serviceAddress,
  );
  understood = withoutReboundPeople(understood, user, config.serviceAddress, ownMail);
  if (ownMail) delivery.loopGuard = "own_mail";

  const rulesReturnDate =
    understood.understanding.category === "auto_reply"
      ? findReturnDate(understood.newest, understood.understanding.language, delivery.receivedAt)
      : null;
  // Claude, when configured, sharpens the rules' reading; outside the try above, so a D1
  // error here is retried by Email Routing rather than stored as a failed message.
  const sharpened =
    services.claude && !ownMail
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
  if (sharpened) {
    understood = withoutReboundPeople(
      { ...understood, understanding: sharpened.understanding },
      user,
      config.serviceAddress,
      false,
    );
  }
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
  const newId = services.newId ?? (() => crypto.randomUUID());
  const record = planInboundRecord(
    delivery,
    understood,
    { company: related.company, contacts: related.contacts, replyFrom },
    originalKey,
    newId,
  );
  Object.assign(
    record.inbound,
    await keepRaw(services.rawMail, user.id, arriving.raw, contentHash, false),
  );
  // A paused user's mail is still read and kept; nothing is planned until they resume. Nor
  // is anything planned from Rebound's own mail forwarded back.
  const planned =
    user.paused || ownMail
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
  // People a contact's mail introduced wait for the user: no draft to them yet.
  const pendingById = new Map(related.contacts.map((c) => [c.id, c.pending === true]));
  for (const { contact } of record.contacts) pendingById.set(contact.id, contact.pending === true);
  const pending = new Set([...pendingById].flatMap(([id, isPending]) => (isPending ? [id] : [])));
  // What the introduction plans for them is held, not drafted: `confirm N` releases it.
  const followUps = planned
    ? {
        ...planned,
        drafts: planned.drafts.filter((d) => !pending.has(d.contactId)),
        held: planned.drafts.filter((d) => pending.has(d.contactId)),
      }
    : null;
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

/**
 * The MIME parser's cost grows with the number of lines (about 12 µs each in Node, less in
 * workerd, and faster than linearly past ~20,000). A rejection, even forwarded with its
 * thread, has a few hundred; past this a message is kept as failed rather than parsed.
 */
export const MAX_PARSED_LINES = 20_000;

/** Line feeds in the raw message, counting no further than `stopAt`. */
function countLines(raw: Uint8Array, stopAt: number): number {
  let lines = 0;
  for (let at = raw.indexOf(0x0a); at >= 0 && lines < stopAt; at = raw.indexOf(0x0a, at + 1)) {
    lines += 1;
  }
  return lines;
}

/** Rebound's own addresses are never anyone's contact; its own mail names no one. */
function withoutReboundPeople(
  understood: UnderstoodEmail,
  user: User,
  serviceAddress: string,
  ownMail: boolean,
): UnderstoodEmail {
  const u = understood.understanding;
  const contacts = ownMail
    ? []
    : u.contacts.filter((c) => !isReboundAddress(c.email, user, serviceAddress));
  return {
    ...understood,
    understanding: { ...u, contacts, company: ownMail ? null : u.company },
    namedInPassing: ownMail ? [] : (understood.namedInPassing ?? []),
  };
}

/** Keeps a message that passed the checks but could not be read: its text, error and raw bytes. */
async function storeFailure(
  db: D1Database,
  services: ReceiveServices,
  userId: string,
  delivery: Delivery,
  error: string,
  raw: Uint8Array,
  text: string,
): Promise<ReceiveOutcome> {
  const kept: RawKept = await keepRaw(services.rawMail, userId, raw, delivery.contentHash, true);
  // The digest shows this error: it says when the message itself could not be kept.
  const said =
    kept.rawStore === "hash"
      ? `${error} (the message was too large to keep without a bucket: only its SHA-256 and size were kept)`
      : error;
  const record = planFailedRecord(
    delivery,
    said,
    kept,
    text,
    services.newId ?? (() => crypto.randomUUID()),
  );
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
    subject: cleanLine(subject).slice(0, 500),
    receivedAt: arriving.receivedAt.toISOString(),
    rawSize: arriving.raw.byteLength,
    loopGuard,
  };
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
