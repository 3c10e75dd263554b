import { SendTimeout } from "./mailer.ts";

/** What a failed send means for the draft and for the user. */
export interface SendFailure {
  /** failed: the platform refused it, nothing left. unknown: it may have gone; never retried. */
  outcome: "failed" | "unknown";
  code: string | null;
  /** One sentence for the confirmation and the digest. */
  reason: string;
  /** Deliver this one by handoff instead, and tell the user how to fix their set-up. */
  handoff: boolean;
}

interface KnownError {
  reason: string;
  handoff?: boolean;
}

/**
 * Email Sending's error codes (the Workers binding throws errors carrying them) that say the
 * message was refused before it left. Anything else, a timeout included, is an unknown outcome.
 */
const DEFINITE_ERRORS: Readonly<Record<string, KnownError>> = {
  E_SENDER_NOT_VERIFIED: {
    reason:
      "your sending domain is not set up for Email Sending yet, so it came to you to send instead. To send directly, onboard the domain in the Cloudflare dashboard (Email Service > Email Sending adds the SPF and DKIM records) and reply again.",
    handoff: true,
  },
  E_SENDER_NOT_ALLOWED: {
    reason:
      "this Worker may not send from your address (the send_email binding restricts senders), so it came to you to send instead.",
    handoff: true,
  },
  E_RECIPIENT_NOT_ALLOWED: {
    reason:
      "your Cloudflare plan only sends to verified addresses, so it came to you to send instead.",
    handoff: true,
  },
  E_RECIPIENT_SUPPRESSED: {
    reason:
      "mail to this address bounced before, so Cloudflare will not send to it. Check the address.",
  },
  E_RATE_LIMIT_EXCEEDED: {
    reason: "too many messages in a short time. Approve it again in a few minutes.",
  },
  E_DAILY_LIMIT_EXCEEDED: {
    reason: "today's sending limit is used up. Approve it again tomorrow.",
  },
  E_CONTENT_TOO_LARGE: { reason: "the message is too large to send. Shorten it with edit." },
  E_TOO_MANY_RECIPIENTS: { reason: "the message had too many recipients." },
  E_HEADER_NOT_ALLOWED: { reason: "Email Sending refused one of the message's headers." },
  E_VALIDATION_ERROR: { reason: "Email Sending refused the message as malformed." },
  E_FIELD_MISSING: { reason: "Email Sending refused the message as incomplete." },
};

/** Maps whatever a send threw to a definite failure or an unknown outcome. */
export function classifySendError(error: unknown): SendFailure {
  if (error instanceof SendTimeout) {
    return {
      outcome: "unknown",
      code: null,
      reason:
        "Email Sending did not answer in time, so it may or may not have gone out. Rebound will not retry it; check with the recipient before sending it again yourself.",
      handoff: false,
    };
  }
  const code = errorCode(error);
  const known = code ? DEFINITE_ERRORS[code] : undefined;
  if (code && known) {
    return { outcome: "failed", code, reason: known.reason, handoff: known.handoff ?? false };
  }
  return {
    outcome: "unknown",
    code,
    reason: `sending ended with an unexpected error${code ? ` (${code})` : ""}, so it may or may not have gone out. Rebound will not retry it; check with the recipient before sending it again yourself.`,
    handoff: false,
  };
}

/** The E_… code of a send error: its `code` property, or the first code its message names. */
function errorCode(error: unknown): string | null {
  if (typeof error === "object" && error !== null && "code" in error) {
    const code = (error as { code: unknown }).code;
    if (typeof code === "string" && /^E_[A-Z_]+$/.test(code)) return code;
  }
  const message = error instanceof Error ? error.message : String(error);
  return /\bE_[A-Z][A-Z_]+\b/.exec(message)?.[0] ?? null;
}
