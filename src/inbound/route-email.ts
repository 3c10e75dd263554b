import type { Contact } from "../domain/contact.ts";
import type { User } from "../domain/user.ts";
import { isAutoReply, isBulk } from "../understand/auto-reply-headers.ts";
import type { ParsedEmail } from "./parsed-email.ts";

/** Where an arriving message goes. Refusals carry the reason the sending server is told. */
export type Route =
  | { kind: "forward"; loopGuard: string | null }
  | { kind: "reply"; contact: Contact; loopGuard: string | null }
  | { kind: "refuse"; counter: RefusalCounter; reason: string }
  | { kind: "drop"; counter: RefusalCounter };

export type RefusalCounter =
  | "too_large"
  | "unparseable"
  | "no_such_inbox"
  | "ambiguous_sender"
  | "spoofed_owner"
  | "unknown_sender"
  | "own_mail"
  | "auto_reply"
  | "bad_reply_token"
  | "expired_reply_token";

export interface RouteInput {
  email: ParsedEmail;
  envelopeFrom: string;
  user: User | null;
  senderContact: Contact | null;
  serviceAddress: string;
}

/** What a sending server is told when no user has the inbox. */
export const NO_SUCH_INBOX = "No Rebound inbox at this address.";
/** What it is told when a message has no From address, or several. */
export const AMBIGUOUS_SENDER = "Message must have exactly one From address.";

/** The message's one From address, or null when it has none or several: never guessed. */
export function soleFromAddress(email: ParsedEmail): string | null {
  const [from, ...others] = email.from;
  return from?.address && others.length === 0 ? from.address : null;
}

/** Decides who sent a message and what Rebound may do with it; pure. */
export function routeEmail({
  email,
  envelopeFrom,
  user,
  senderContact,
  serviceAddress,
}: RouteInput): Route {
  if (!user) return { kind: "refuse", counter: "no_such_inbox", reason: NO_SUCH_INBOX };
  const envelope = envelopeFrom.trim().toLowerCase();
  const fromAddress = soleFromAddress(email);
  if (!fromAddress)
    return { kind: "refuse", counter: "ambiguous_sender", reason: AMBIGUOUS_SENDER };
  // Rebound's own mail coming back (a bounce, a loop) is never acted on, and never bounced again.
  if (fromAddress === serviceAddress || envelope === serviceAddress) {
    return { kind: "drop", counter: "own_mail" };
  }
  const loopGuard = loopGuardFor(email);
  if (user.addresses.includes(fromAddress)) {
    // Both the header and the envelope must be the owner's: a forged From alone is not enough.
    if (!user.addresses.includes(envelope) || failsDmarc(email)) {
      return {
        kind: "refuse",
        counter: "spoofed_owner",
        reason: "Sender could not be verified as this inbox's owner.",
      };
    }
    return { kind: "forward", loopGuard };
  }
  if (senderContact && senderContact.email === fromAddress && !failsDmarc(email)) {
    return { kind: "reply", contact: senderContact, loopGuard };
  }
  return {
    kind: "refuse",
    counter: "unknown_sender",
    reason: "This inbox only accepts mail from its owner and their contacts.",
  };
}

/** Why a message must never be acted on (an auto-reply, bulk mail), or null. */
export function loopGuardFor(email: ParsedEmail): string | null {
  if (isAutoReply(email.headers)) return "auto_reply";
  if (isBulk(email.headers)) return "bulk";
  return null;
}

/** Cloudflare records DMARC results in Authentication-Results; a failure means a forged From. */
export function failsDmarc(email: ParsedEmail): boolean {
  return (email.headers.get("authentication-results") ?? []).some((v) => /\bdmarc=fail\b/i.test(v));
}
