import type { Category, ExtractedContact, Understanding } from "../../schemas/understanding.ts";
import { classifyMessage } from "./classify.ts";
import { detectLanguage } from "./detect-language.ts";
import { type ExtractInput, extractDetails } from "./extract-details.ts";
import type { ParsedEmail, UnwrappedEmail } from "./mail/parsed-email.ts";
import { type ReadMessage, readMessage } from "./read-message.ts";

/** Who the job seeker is, so they are never mistaken for one of their contacts. */
export interface SelfIdentity {
  addresses: readonly string[];
  names: readonly string[];
}

export interface UnderstoodEmail {
  unwrapped: UnwrappedEmail;
  /** The newest message of the original, older quoted replies removed: what was classified. */
  newest: string;
  understanding: Understanding;
  /**
   * People the message names only in passing in its prose (no address, no introduction): kept
   * apart from `understanding.contacts`, stored pending for the digest to ask about.
   */
  namedInPassing?: ExtractedContact[];
}

/** Unwraps, classifies and extracts one parsed message with the deterministic rules. */
export function understandEmail(email: ParsedEmail, self: SelfIdentity): UnderstoodEmail {
  const read = readMessage(email, self);
  const { unwrapped, newest } = read;
  // The user's own message with nothing older below it: nobody else has said anything.
  const classification = read.onlyOwn
    ? { category: "other" as const, reason: null, confidence: 0.9, language: "en" }
    : classifyMessage(read.input);
  const details = extractDetails(extractInputOf(email, read, classification.category, self));
  return {
    unwrapped,
    newest,
    understanding: {
      category: classification.category,
      reason: classification.category === "rejection" ? classification.reason : null,
      confidence: classification.confidence,
      engine: "rules",
      company: details.company,
      role: details.role,
      contacts: details.contacts,
      language: read.onlyOwn ? detectLanguage(newest) : classification.language,
    },
    namedInPassing: details.namedInPassing,
  };
}

/** What extraction reads of a message, once it is read and classified (the bench times each step). */
export function extractInputOf(
  email: ParsedEmail,
  read: ReadMessage,
  category: Category,
  self: SelfIdentity,
): ExtractInput {
  const { unwrapped, newest } = read;
  return {
    original: unwrapped.original,
    replyTo: unwrapped.original.replyTo,
    newest,
    note: unwrapped.note,
    invitation: email.invitation ?? email.attachedMessages[0]?.invitation,
    category,
    self,
    forwarded: unwrapped.format !== "none",
    html: unwrapped.format === "attachment" ? email.attachedMessages[0]?.html : email.html,
    repliesToOwn: read.input.repliesToOwn,
    listMail: read.input.listHeaders,
  };
}
