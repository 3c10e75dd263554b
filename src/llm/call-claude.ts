import type Anthropic from "@anthropic-ai/sdk";
// The error classes only, a small module: the SDK itself loads when a key is configured.
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
} from "@anthropic-ai/sdk/error";
import type { JSONOutputFormat, Message, OutputConfig } from "@anthropic-ai/sdk/resources/messages";
import type { TokenUsage } from "../domain/token-usage.ts";

/** Why a call gave nothing usable; every one of them means "the rules' answer stands". */
export type ClaudeFailure =
  | "http_429"
  | "http_5xx"
  | "http_4xx"
  | "timeout"
  | "network"
  | "refused"
  | "truncated"
  | "invalid_output"
  | "rejected" // valid output that broke a rule checked in code (drafts)
  | "unexpected";

export type ClaudeText =
  | { ok: true; text: string; usage: TokenUsage }
  | { ok: false; reason: ClaudeFailure; detail: string; usage: TokenUsage | null };

export interface ClaudeRequest {
  model: string;
  maxTokens: number;
  effort: NonNullable<OutputConfig["effort"]>;
  /** The fixed instructions: identical on every call, so they are cached. */
  system: string;
  /** This call's data, already delimited by the task's prompt. */
  user: string;
  format: JSONOutputFormat;
}

/**
 * One Messages API call that never throws for API trouble: 429s, 5xx, timeouts, refusals and
 * truncated answers come back as values (the SDK has already retried what it retries).
 */
export async function callClaude(client: Anthropic, request: ClaudeRequest): Promise<ClaudeText> {
  let message: Message;
  try {
    message = await client.messages.create({
      model: request.model,
      max_tokens: request.maxTokens,
      system: [{ type: "text", text: request.system, cache_control: { type: "ephemeral" } }],
      messages: [{ role: "user", content: request.user }],
      output_config: { effort: request.effort, format: request.format },
    });
  } catch (error) {
    return { ok: false, reason: failureOf(error), detail: detailOf(error), usage: null };
  }
  const usage = usageOf(message);
  if (message.stop_reason === "refusal") {
    return { ok: false, reason: "refused", detail: "the model declined", usage };
  }
  if (
    message.stop_reason === "max_tokens" ||
    message.stop_reason === "model_context_window_exceeded"
  ) {
    return { ok: false, reason: "truncated", detail: `stopped: ${message.stop_reason}`, usage };
  }
  // Responses may open with a thinking block: the answer is the text block, found by type.
  const text = message.content.flatMap((block) => (block.type === "text" ? [block.text] : []));
  if (text.length === 0) {
    return { ok: false, reason: "invalid_output", detail: "no text block", usage };
  }
  return { ok: true, text: text.join(""), usage };
}

/** Tokens of a call that failed before any answer: nothing billed. */
export const NO_USAGE: TokenUsage = {
  inputTokens: 0,
  outputTokens: 0,
  cacheReadTokens: 0,
  cacheWriteTokens: 0,
};

function usageOf(message: Message): TokenUsage {
  const u = message.usage;
  return {
    inputTokens: u.input_tokens,
    outputTokens: u.output_tokens,
    cacheReadTokens: u.cache_read_input_tokens ?? 0,
    cacheWriteTokens: u.cache_creation_input_tokens ?? 0,
  };
}

function failureOf(error: unknown): ClaudeFailure {
  // Timeout first: it is a kind of connection error.
  if (error instanceof APIConnectionTimeoutError || error instanceof APIUserAbortError) {
    return "timeout";
  }
  if (error instanceof APIConnectionError) return "network";
  if (error instanceof APIError) {
    const status = error.status ?? 0;
    if (status === 429) return "http_429";
    if (status >= 500) return "http_5xx";
    return "http_4xx";
  }
  return "unexpected";
}

/** A short, content-free description for logs and the usage record. */
function detailOf(error: unknown): string {
  if (error instanceof APIError) return `${error.status ?? "no status"} ${error.name}`;
  return error instanceof Error ? error.name : "non-error thrown";
}
