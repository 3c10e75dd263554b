import Anthropic from "@anthropic-ai/sdk";
import type { LlmConfig } from "./llm-config.ts";

/** The SDK's fetch signature; tests or a proxy may supply their own. */
export type FetchFunction = (
  input: string | URL | Request,
  init?: RequestInit,
) => Promise<Response>;

/** An SDK client with Rebound's explicit timeout and retry settings; nothing read from process.env. */
export function createAnthropicClient(config: LlmConfig, fetch?: FetchFunction): Anthropic {
  return new Anthropic({
    apiKey: config.apiKey,
    // undefined would make the SDK fall back to process.env; always say where to go.
    baseURL: config.baseUrl ?? "https://api.anthropic.com",
    timeout: config.timeoutMs,
    maxRetries: config.maxRetries,
    // No spans: a Worker has no tracer provider, and spans could carry email text.
    openTelemetry: false,
    ...(fetch ? { fetch } : {}),
  });
}
