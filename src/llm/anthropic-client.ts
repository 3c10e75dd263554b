import type Anthropic from "@anthropic-ai/sdk";
import { type LlmConfig, readLlmConfig } from "./llm-config.ts";

/** Claude as the tasks use it: its settings and a client made from them. */
export interface Claude {
  config: LlmConfig;
  client: Anthropic;
}

/**
 * Claude for this deployment, or null when no API key is set (rules and templates only).
 * The SDK is loaded here, on first use, and only with a key: a deployment without one never
 * evaluates it, and one with a key pays for it on the first message, not at start-up.
 */
export async function connectClaude(env: Env, fetch?: FetchFunction): Promise<Claude | null> {
  const config = readLlmConfig(env);
  if (!config) return null;
  const { default: AnthropicSdk } = await import("@anthropic-ai/sdk");
  return { config, client: createAnthropicClient(AnthropicSdk, config, fetch) };
}

/** The SDK's fetch signature; tests or a proxy may supply their own. */
export type FetchFunction = (
  input: string | URL | Request,
  init?: RequestInit,
) => Promise<Response>;

/**
 * The SDK sleeps for as long as a 429 or 5xx's retry-after asks before retrying. An inbound
 * message should not wait on Claude longer than this: past it, the rules answer now instead.
 */
export const MAX_RETRY_WAIT_MS = 2_000;

/** An SDK client with Rebound's explicit timeout and retry settings; nothing read from process.env. */
export function createAnthropicClient(
  AnthropicSdk: typeof Anthropic,
  config: LlmConfig,
  fetch?: FetchFunction,
): Anthropic {
  return new AnthropicSdk({
    apiKey: config.apiKey,
    // undefined would make the SDK fall back to process.env; always say where to go.
    baseURL: config.baseUrl ?? "https://api.anthropic.com",
    timeout: config.timeoutMs,
    maxRetries: config.maxRetries,
    fetch: withBoundedRetryWait(fetch ?? ((input, init) => globalThis.fetch(input, init))),
    // No spans: a Worker has no tracer provider, and spans could carry email text.
    openTelemetry: false,
  });
}

/** Marks a retryable answer not to be retried when it asks the client to wait too long. */
export function withBoundedRetryWait(fetch: FetchFunction): FetchFunction {
  return async (input, init) => {
    const response = await fetch(input, init);
    if (response.status !== 429 && response.status < 500) return response;
    const wait = retryAfterMs(response.headers);
    if (wait === null || wait <= MAX_RETRY_WAIT_MS) return response;
    const headers = new Headers(response.headers);
    // The SDK obeys this header before any status rule.
    headers.set("x-should-retry", "false");
    return new Response(response.body, {
      status: response.status,
      statusText: response.statusText,
      headers,
    });
  };
}

/** The wait a response asks for, as the SDK reads it (retry-after-ms, then retry-after). */
function retryAfterMs(headers: Headers): number | null {
  const ms = Number.parseFloat(headers.get("retry-after-ms") ?? "");
  if (Number.isFinite(ms)) return ms;
  const value = headers.get("retry-after");
  if (value === null) return null;
  const seconds = Number.parseFloat(value);
  if (Number.isFinite(seconds)) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : date - Date.now();
}
