import type { Contact } from "../domain/contact.ts";
import type { Recipient } from "../domain/inbox-address.ts";
import type { User } from "../domain/user.ts";
import { hasAutoReplyHeaders, isListMail, machineReason } from "./machine-mail.ts";

/** Where an arriving message goes. Refusals carry the reason the sending server is told. */
export type Route =
  | { kind: "forward"; loopGuard: string | null }
  | { kind: "reply"; contact: Contact; loopGuard: string | null }
  | { kind: "refuse"; counter: RefusalCounter; reason: string }
  | { kind: "drop"; counter: RefusalCounter };

export type RefusalCounter =
  | "too_large"
  | "unparseable"
  | "no_secret"
  | "wrong_secret"
  | "no_such_inbox"
  | "ambiguous_sender"
  | "spoofed_owner"
  | "unknown_sender"
  | "own_mail"
  | "auto_reply"
  | "bad_reply_token"
  | "expired_reply_token";

/** What routing reads: the raw header block's verdicts, never the decoded body. */
export interface RoutedHeaders {
  headers: ReadonlyMap<string, readonly string[]>;
  /** The one mailbox of the raw From header, or null (none, several, encoded, ambiguous). */
  sender: string | null;
  subject: string;
}

export interface RouteInput {
  head: RoutedHeaders;
  envelopeFrom: string;
  /** Which of the user's addresses the mail was sent to (its secret already checked). */
  recipient: Recipient["kind"];
  user: User | null;
  senderContact: Contact | null;
  serviceAddress: string;
}

/** What a sending server is told when no user has the inbox. */
export const NO_SUCH_INBOX = "No Rebound inbox at this address.";
/** What it is told when a message has no From address, or several, or one that reads two ways. */
export const AMBIGUOUS_SENDER =
  "Message must have exactly one From address, written plainly (no encoded or second address).";
/** What it is told when the address carries no secret, or a wrong one. */
export const NEEDS_SECRET =
  "This address does not accept mail. Use the private forwarding address Rebound gave you.";

/** Decides who sent a message and what Rebound may do with it; pure. */
export function routeEmail({
  head,
  envelopeFrom,
  recipient,
  user,
  senderContact,
  serviceAddress,
}: RouteInput): Route {
  if (!user) return { kind: "refuse", counter: "no_such_inbox", reason: NO_SUCH_INBOX };
  const envelope = envelopeFrom.trim().toLowerCase();
  const fromAddress = head.sender;
  if (!fromAddress) {
    return { kind: "refuse", counter: "ambiguous_sender", reason: AMBIGUOUS_SENDER };
  }
  // Rebound's own mail coming back (a bounce, a loop) is never acted on, and never bounced again.
  if (fromAddress === serviceAddress || envelope === serviceAddress) {
    return { kind: "drop", counter: "own_mail" };
  }
  if (recipient === "forward") {
    if (!user.addresses.includes(fromAddress)) {
      return {
        kind: "refuse",
        counter: "unknown_sender",
        reason: "This address only accepts forwards from its owner.",
      };
    }
    // Both the header and the envelope must be the owner's: a forged From alone is not enough.
    if (!user.addresses.includes(envelope) || failsDmarc(head.headers)) {
      return {
        kind: "refuse",
        counter: "spoofed_owner",
        reason: "Sender could not be verified as this inbox's owner.",
      };
    }
    // A forward is a person's deliberate act: only headers that say a machine sent it count.
    return { kind: "forward", loopGuard: forwardLoopGuard(head.headers) };
  }
  if (recipient === "contact") {
    if (
      senderContact &&
      senderContact.email === fromAddress &&
      !user.addresses.includes(fromAddress) &&
      !failsDmarc(head.headers)
    ) {
      return {
        kind: "reply",
        contact: senderContact,
        loopGuard: machineReason(head.headers, fromAddress, head.subject),
      };
    }
    return {
      kind: "refuse",
      counter: "unknown_sender",
      reason: "This address only accepts mail from the inbox owner's contacts.",
    };
  }
  return { kind: "refuse", counter: "no_secret", reason: NEEDS_SECRET };
}

function forwardLoopGuard(headers: ReadonlyMap<string, readonly string[]>): string | null {
  if (hasAutoReplyHeaders(headers)) return "auto_reply";
  if (isListMail(headers)) return "bulk";
  return null;
}

/** Cloudflare records DMARC results in Authentication-Results; a failure means a forged From. */
export function failsDmarc(headers: ReadonlyMap<string, readonly string[]>): boolean {
  return (headers.get("authentication-results") ?? []).some((v) => /\bdmarc=fail\b/i.test(v));
}
