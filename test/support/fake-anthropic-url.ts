import Anthropic from "@anthropic-ai/sdk";
/** Worker-side helpers for the fake Anthropic API (fake-anthropic.ts runs on the Node side). */

import { env } from "cloudflare:workers";
import { type Claude, createAnthropicClient } from "../../src/llm/anthropic-client.ts";
import { readLlmConfig } from "../../src/llm/llm-config.ts";

const FAKE_ORIGIN = "http://fake-anthropic.test";

export type FakeScenario =
  | "good"
  | "obey"
  | "invalid-json"
  | "wrong-shape"
  | "refusal"
  | "max-tokens"
  | "429"
  | "429-long"
  | "429-then-good"
  | "500"
  | "529"
  | "hang";

/** A fresh key per call: each test gets its own journal and prompt cache in the fake. */
function freshKey(): string {
  return crypto.randomUUID();
}

/** A base URL for the SDK that makes the fake play `scenario`. */
export function fakeAnthropicUrl(scenario: FakeScenario, key = freshKey()): string {
  return `${FAKE_ORIGIN}/${key}/${scenario}`;
}

/** A base URL whose every answer is exactly `output` (serialised as JSON unless a string). */
export function fakeAnthropicAnswering(output: unknown, key = freshKey()): string {
  const text = typeof output === "string" ? output : JSON.stringify(output);
  const encoded = btoa(String.fromCharCode(...new TextEncoder().encode(text)))
    .replaceAll("+", "-")
    .replaceAll("/", "_")
    .replace(/=+$/, "");
  return `${FAKE_ORIGIN}/${key}/answer/${encoded}`;
}

/** The key a fake base URL was made with, to read its journal. */
export function fakeKeyOf(baseUrl: string): string {
  return new URL(baseUrl).pathname.split("/")[1] ?? "";
}

export interface JournalEntry {
  body: {
    model: string;
    max_tokens: number;
    system: Array<{ type: string; text: string; cache_control?: { type: string } }>;
    messages: Array<{ role: string; content: string | Array<{ type: string; text: string }> }>;
    output_config?: { effort?: string; format?: { type: string; schema: unknown } };
  };
  apiKey: string | null;
  version: string | null;
}

/** Every request the fake received under the base URL's key, oldest first. */
export async function fakeJournal(baseUrl: string): Promise<JournalEntry[]> {
  const response = await fetch(`${FAKE_ORIGIN}/${fakeKeyOf(baseUrl)}/_journal`);
  return (await response.json()) as JournalEntry[];
}

/** The user turn's text of a journal entry. */
export function userTextOf(entry: JournalEntry): string {
  return entry.body.messages
    .map((m) => (typeof m.content === "string" ? m.content : m.content.map((c) => c.text).join("")))
    .join("\n");
}

/** Claude's settings and client pointed at a fake base URL, with optional overrides. */
export function fakeLlm(
  baseUrl: string,
  vars: Partial<Record<keyof Env & `CLAUDE_${string}`, string>> = {},
): Claude {
  const config = readLlmConfig({
    ...env,
    ANTHROPIC_API_KEY: "sk-test-not-a-real-key",
    ANTHROPIC_BASE_URL: baseUrl,
    CLAUDE_MAX_RETRIES: "0",
    CLAUDE_TIMEOUT_MS: "2000",
    ...vars,
  });
  if (!config) throw new Error("fakeLlm: no config");
  return { config, client: createAnthropicClient(Anthropic, config) };
}
