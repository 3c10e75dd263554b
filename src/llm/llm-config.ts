import * as v from "valibot";

/**
 * Claude's settings. Claude is optional: without ANTHROPIC_API_KEY Rebound runs on rules and
 * templates alone, so every other setting here has a default.
 *
 * - ANTHROPIC_API_KEY            Secret. Unset: Claude is off.
 * - ANTHROPIC_BASE_URL           The API's address; tests point it at the local fake.
 * - CLAUDE_UNDERSTANDING_MODEL   Model that classifies and extracts (small and cheap by default).
 * - CLAUDE_DRAFTING_MODEL        Model that personalises drafts.
 * - CLAUDE_TIMEOUT_MS            Per attempt; the SDK's own default is ten minutes.
 * - CLAUDE_MAX_RETRIES           Retries on 408/409/429/5xx/connection errors, per call.
 * - CLAUDE_MAX_INPUT_CHARS       Email text beyond this is cut before it is sent.
 * - CLAUDE_DAILY_CALLS_PER_USER  Calls one user may cause per UTC day, both tasks together.
 */

/** Haiku: Anthropic's model "for classification, extraction and routing" (models overview, 2026-10). */
export const DEFAULT_UNDERSTANDING_MODEL = "claude-haiku-5-5";
/** Sonnet: drafts are read by the people the user wants to impress, so they get the better writer. */
export const DEFAULT_DRAFTING_MODEL = "claude-sonnet-5-5";
/** A rejection classified in eight seconds is fine; one stuck for minutes holds up the inbox. */
export const DEFAULT_TIMEOUT_MS = 8_000;
/** One retry rides out a blip; more only delays the fall-back to rules. */
export const DEFAULT_MAX_RETRIES = 1;
/** About 3,000 tokens: a long rejection with its quoted thread is rarely above 6,000 characters. */
export const DEFAULT_MAX_INPUT_CHARS = 12_000;
/** A busy day is ~10 forwards and ~20 drafts; 40 leaves room and caps a runaway loop's cost. */
export const DEFAULT_DAILY_CALLS_PER_USER = 40;

const optionalInt = (fallback: number, min: number, max: number) =>
  v.pipe(
    v.optional(v.pipe(v.string(), v.trim(), v.nonEmpty()), String(fallback)),
    v.transform(Number),
    v.integer(),
    v.minValue(min),
    v.maxValue(max),
  );

const ModelSchema = (fallback: string) =>
  v.optional(v.pipe(v.string(), v.trim(), v.regex(/^[a-z0-9][a-z0-9.@-]{2,80}$/i)), fallback);

const LlmConfigSchema = v.object({
  apiKey: v.pipe(v.string(), v.trim(), v.nonEmpty()),
  baseUrl: v.optional(v.pipe(v.string(), v.trim(), v.url())),
  understandingModel: ModelSchema(DEFAULT_UNDERSTANDING_MODEL),
  draftingModel: ModelSchema(DEFAULT_DRAFTING_MODEL),
  timeoutMs: optionalInt(DEFAULT_TIMEOUT_MS, 1_000, 60_000),
  maxRetries: optionalInt(DEFAULT_MAX_RETRIES, 0, 3),
  maxInputChars: optionalInt(DEFAULT_MAX_INPUT_CHARS, 1_000, 100_000),
  dailyCallsPerUser: optionalInt(DEFAULT_DAILY_CALLS_PER_USER, 0, 10_000),
});
export type LlmConfig = v.InferOutput<typeof LlmConfigSchema>;

/** Claude's validated settings, or null when no API key is set (Rebound then runs on rules). */
export function readLlmConfig(env: Env): LlmConfig | null {
  if (!env.ANTHROPIC_API_KEY?.trim()) return null;
  return v.parse(LlmConfigSchema, {
    apiKey: env.ANTHROPIC_API_KEY,
    baseUrl: blankToUndefined(env.ANTHROPIC_BASE_URL),
    understandingModel: blankToUndefined(env.CLAUDE_UNDERSTANDING_MODEL),
    draftingModel: blankToUndefined(env.CLAUDE_DRAFTING_MODEL),
    timeoutMs: blankToUndefined(env.CLAUDE_TIMEOUT_MS),
    maxRetries: blankToUndefined(env.CLAUDE_MAX_RETRIES),
    maxInputChars: blankToUndefined(env.CLAUDE_MAX_INPUT_CHARS),
    dailyCallsPerUser: blankToUndefined(env.CLAUDE_DAILY_CALLS_PER_USER),
  });
}

function blankToUndefined(value: string | undefined): string | undefined {
  return value?.trim() ? value : undefined;
}

declare global {
  interface Env {
    /** Secret (`wrangler secret put ANTHROPIC_API_KEY`): turns Claude on. */
    ANTHROPIC_API_KEY?: string;
    /** Where the API is; unset in production, the local fake in tests and `npm run analyze`. */
    ANTHROPIC_BASE_URL?: string;
  }
}
