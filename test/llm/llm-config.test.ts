import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { connectClaude } from "../../src/llm/anthropic-client.ts";
import { readLlmConfig } from "../../src/llm/llm-config.ts";

const withVars = (vars: Partial<Env>): Env => ({ ...env, ...vars });

describe("readLlmConfig", () => {
  it.each(["", "   "])("is off with a blank API key (%j)", (key) => {
    expect(readLlmConfig(withVars({ ANTHROPIC_API_KEY: key }))).toBeNull();
  });

  it("is off without an API key", () => {
    const { ANTHROPIC_API_KEY: _, ...withoutKey }: Env = env;
    expect(readLlmConfig(withoutKey)).toBeNull();
  });

  it("has a default for everything but the key", () => {
    expect(readLlmConfig(withVars({ ANTHROPIC_API_KEY: "sk-test" }))).toEqual({
      apiKey: "sk-test",
      understandingModel: "claude-haiku-5-5",
      draftingModel: "claude-sonnet-5-5",
      timeoutMs: 8_000,
      maxRetries: 1,
      maxInputChars: 12_000,
      dailyCallsPerUser: 40,
    });
  });

  it("reads every setting", () => {
    const config = readLlmConfig(
      withVars({
        ANTHROPIC_API_KEY: "sk-test",
        ANTHROPIC_BASE_URL: "http://fake-anthropic.test/x/good",
        CLAUDE_UNDERSTANDING_MODEL: "claude-haiku-4-5-20251001",
        CLAUDE_DRAFTING_MODEL: "claude-opus-5-5",
        CLAUDE_TIMEOUT_MS: "5000",
        CLAUDE_MAX_RETRIES: "0",
        CLAUDE_MAX_INPUT_CHARS: "6000",
        CLAUDE_DAILY_CALLS_PER_USER: "10",
      }),
    );
    expect(config).toEqual({
      apiKey: "sk-test",
      baseUrl: "http://fake-anthropic.test/x/good",
      understandingModel: "claude-haiku-4-5-20251001",
      draftingModel: "claude-opus-5-5",
      timeoutMs: 5_000,
      maxRetries: 0,
      maxInputChars: 6_000,
      dailyCallsPerUser: 10,
    });
  });

  it.each<[string, Partial<Env>]>([
    ["a timeout that is not a number", { CLAUDE_TIMEOUT_MS: "8s" }],
    ["a timeout of ten minutes", { CLAUDE_TIMEOUT_MS: "600000" }],
    ["negative retries", { CLAUDE_MAX_RETRIES: "-1" }],
    ["a fractional cap", { CLAUDE_DAILY_CALLS_PER_USER: "2.5" }],
    ["a base URL that is not one", { ANTHROPIC_BASE_URL: "api.anthropic.com" }],
    ["a model name with spaces", { CLAUDE_UNDERSTANDING_MODEL: "claude haiku" }],
  ])("fails loudly on %s", (_, vars) => {
    expect(() => readLlmConfig(withVars({ ANTHROPIC_API_KEY: "sk-test", ...vars }))).toThrow();
  });
});

describe("connectClaude", () => {
  it("is null without a key, so everything runs on rules and templates", async () => {
    const { ANTHROPIC_API_KEY: _, ...withoutKey }: Env = env;
    expect(await connectClaude(withoutKey)).toBeNull();
  });

  it("makes a client with the configured address, timeout and retries", async () => {
    const claude = await connectClaude(
      withVars({
        ANTHROPIC_API_KEY: "sk-test",
        CLAUDE_TIMEOUT_MS: "3000",
        CLAUDE_MAX_RETRIES: "2",
      }),
    );
    expect(claude?.client.baseURL).toBe("https://api.anthropic.com");
    expect(claude?.client.timeout).toBe(3_000);
    expect(claude?.client.maxRetries).toBe(2);
  });
});

describe("the test network", () => {
  it("refuses every host but the fake Anthropic API", async () => {
    const response = await fetch("https://api.anthropic.com/v1/messages", { method: "POST" });
    expect(response.status).toBe(500);
    expect(await response.text()).toContain("refused");
  });
});
