import type { Understanding } from "../../schemas/understanding.ts";
import { newestPart } from "../inbound/newest-part.ts";
import type { ParsedEmail, UnwrappedEmail } from "../inbound/parsed-email.ts";
import { unwrapForward } from "../inbound/unwrap-forward.ts";
import { isAutoReply } from "./auto-reply-headers.ts";
import { classifyMessage } from "./classify.ts";
import { extractDetails } from "./extract-details.ts";

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
}

/** Unwraps, classifies and extracts one parsed message with the deterministic rules. */
export function understandEmail(email: ParsedEmail, self: SelfIdentity): UnderstoodEmail {
  const unwrapped = unwrapForward(email);
  const newest = newestPart(unwrapped.original.body);
  const originalHeaders =
    unwrapped.format === "attachment" ? email.attachedMessages[0]?.headers : email.headers;
  const classification = classifyMessage({
    subject: unwrapped.original.subject,
    body: newest,
    senderAddress: unwrapped.original.from?.address ?? null,
    // A forward's own headers say nothing about the original; only a direct or attached one does.
    autoReplyHeader:
      unwrapped.format === "inline" ? false : isAutoReply(originalHeaders ?? new Map()),
  });
  // Reply-To is known only for a message read whole (direct or attached), never an inline forward.
  const replyTo =
    unwrapped.format === "inline"
      ? []
      : ((unwrapped.format === "attachment" ? email.attachedMessages[0]?.replyTo : email.replyTo) ??
        []);
  const details = extractDetails({
    original: unwrapped.original,
    replyTo,
    newest,
    note: unwrapped.note,
    category: classification.category,
    self,
  });
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
      language: classification.language,
    },
  };
}
