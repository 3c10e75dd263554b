import type { SelfIdentity, UnderstoodEmail } from "../understand/understand-email.ts";
import type { Claude } from "./anthropic-client.ts";
import {
  addressesFoundByCode,
  type ClaudeReading,
  type MergedUnderstanding,
  mergeUnderstanding,
  messageTextOf,
  trustedTextOf,
} from "./merge-understanding.ts";
import { meteredCall } from "./metered-call.ts";
import { understandWithClaude } from "./understand-with-claude.ts";

export interface SharpenRequest {
  db: D1Database;
  /** null when Claude is off: the rules' reading stands unchanged. */
  llm: Claude | null;
  userId: string;
  /** The rules' result for the message (understandEmail). */
  understood: UnderstoodEmail;
  /** findReturnDate's answer for an auto-reply, else null. */
  rulesReturnDate: string | null;
  self: SelfIdentity;
  receivedAt: string;
  now: Date;
}

/**
 * The rules' reading of a message, sharpened by Claude when configured and within the daily cap:
 * one metered call, its tokens recorded, then merged so the safer answer wins. API failures
 * fall back to the rules; only D1 errors throw (the delivery is then retried whole).
 */
export async function sharpenUnderstanding(request: SharpenRequest): Promise<MergedUnderstanding> {
  const { llm, understood } = request;
  let claude: ClaudeReading = null;
  if (llm) {
    const result = await meteredCall(
      {
        db: request.db,
        userId: request.userId,
        task: "understand",
        model: llm.config.understandingModel,
        dailyCap: llm.config.dailyCallsPerUser,
        now: request.now,
      },
      () =>
        understandWithClaude(llm.client, {
          unwrapped: understood.unwrapped,
          receivedAt: request.receivedAt,
          model: llm.config.understandingModel,
          maxInputChars: llm.config.maxInputChars,
        }),
    );
    claude = result === "capped" ? null : result;
  }
  return mergeWithRules(
    understood,
    request.rulesReturnDate,
    claude,
    request.self,
    request.receivedAt,
  );
}

/** Claude's reading (or its absence) merged with the rules', with the checks' inputs derived from the message. */
export function mergeWithRules(
  understood: UnderstoodEmail,
  rulesReturnDate: string | null,
  claude: ClaudeReading,
  self: SelfIdentity,
  receivedAt: string,
): MergedUnderstanding {
  return mergeUnderstanding({
    rules: understood.understanding,
    rulesReturnDate,
    claude,
    allowedAddresses: addressesFoundByCode(understood.unwrapped, understood.understanding, self),
    messageText: messageTextOf(understood.unwrapped),
    trustedText: trustedTextOf(understood.unwrapped),
    self,
    receivedAt,
  });
}
