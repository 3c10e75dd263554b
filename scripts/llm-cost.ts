// npm run llm:cost: how large Claude's prompts are for the fixture corpus and what 1,000
// inbound messages would cost at the published prices in src/llm/usage.ts. Offline: tokens
// are estimated from characters (no tokenizer ships with the SDK), so the figures are bands.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { LlmDraftSchema } from "../schemas/llm-draft.ts";
import { LlmUnderstandingSchema } from "../schemas/llm-understanding.ts";
import { emailAsData } from "../src/llm/email-as-data.ts";
import {
  DEFAULT_DAILY_CALLS_PER_USER,
  DEFAULT_DRAFTING_MODEL,
  DEFAULT_MAX_INPUT_CHARS,
  DEFAULT_TIMEOUT_MS,
  DEFAULT_UNDERSTANDING_MODEL,
} from "../src/llm/llm-config.ts";
import { outputFormatOf } from "../src/llm/output-schema.ts";
import { DRAFTING_SYSTEM_PROMPT } from "../src/llm/personalise-draft.ts";
import {
  UNDERSTANDING_SYSTEM_PROMPT,
  understandingUserTurn,
} from "../src/llm/understand-with-claude.ts";
import { PRICES_PER_MTOK } from "../src/llm/usage.ts";
import { parseEmail } from "../src/understand/mail/parse-email.ts";
import { unwrapForward } from "../src/understand/mail/unwrap-forward.ts";

/** English prose runs about four characters a token; newer Claude tokenizers count ~30 % more. */
const CHARS_PER_TOKEN = 4;
const NEWER_TOKENIZER_FACTOR = 1.3;
/** An understanding answer is a small JSON object; low-effort thinking adds some. Assumed, not measured. */
const ASSUMED_OUTPUT_TOKENS = 250;
/** A personalised draft: the JSON subject and body plus low-effort thinking. Assumed. */
const ASSUMED_DRAFT_OUTPUT_TOKENS = 300;
const ASSUMED_DRAFT_INPUT_CHARS = 2_400;

const dir = new URL("../test/fixtures/inbound/", import.meta.url).pathname;
const sizes: number[] = [];
for (const file of readdirSync(dir).filter((f) => f.endsWith(".eml"))) {
  const email = await parseEmail(readFileSync(join(dir, file)));
  const data = emailAsData(unwrapForward(email), DEFAULT_MAX_INPUT_CHARS);
  sizes.push(understandingUserTurn(data, "2026-12-05T09:00:00Z").length);
}
sizes.sort((a, b) => a - b);
const median = sizes[Math.floor(sizes.length / 2)] ?? 0;
const p90 = sizes[Math.floor(sizes.length * 0.9)] ?? 0;
const schemaChars = JSON.stringify(outputFormatOf(LlmUnderstandingSchema)).length;
const draftSchemaChars = JSON.stringify(outputFormatOf(LlmDraftSchema)).length;
const tokens = (chars: number) => [
  chars / CHARS_PER_TOKEN,
  (chars / CHARS_PER_TOKEN) * NEWER_TOKENIZER_FACTOR,
];
const band = (chars: number) =>
  tokens(chars)
    .map((t) => Math.round(t))
    .join("–");

console.log(
  `Understanding system prompt: ${UNDERSTANDING_SYSTEM_PROMPT.length} chars ≈ ${band(UNDERSTANDING_SYSTEM_PROMPT.length)} tokens`,
);
console.log(`Understanding output schema: ${schemaChars} chars ≈ ${band(schemaChars)} tokens`);
console.log(
  `Email as sent (${sizes.length} fixtures): median ${median} chars ≈ ${band(median)} tokens, p90 ${p90} chars ≈ ${band(p90)} tokens, cap ${DEFAULT_MAX_INPUT_CHARS} chars`,
);
console.log(
  `Drafting system prompt: ${DRAFTING_SYSTEM_PROMPT.length} chars ≈ ${band(DRAFTING_SYSTEM_PROMPT.length)} tokens; its schema ${draftSchemaChars} chars`,
);
console.log(
  `Settings: understanding ${DEFAULT_UNDERSTANDING_MODEL}, drafting ${DEFAULT_DRAFTING_MODEL}, timeout ${DEFAULT_TIMEOUT_MS} ms, cap ${DEFAULT_DAILY_CALLS_PER_USER} calls per user per UTC day, input cut at ${DEFAULT_MAX_INPUT_CHARS} chars`,
);

function per1000(model: string, inputChars: number, outputTokens: number): string {
  const price = PRICES_PER_MTOK[model];
  if (!price) return "no price";
  return tokens(inputChars)
    .map(
      (t) =>
        `$${(((t * price.input + outputTokens * price.output) * 1000) / 1_000_000).toFixed(3)}`,
    )
    .join("–");
}
const understandingChars = UNDERSTANDING_SYSTEM_PROMPT.length + schemaChars + median;
console.log(
  `Understanding, per 1,000 inbound messages at ${DEFAULT_UNDERSTANDING_MODEL} (median message, ${ASSUMED_OUTPUT_TOKENS} output tokens assumed, no cache hits): ${per1000(DEFAULT_UNDERSTANDING_MODEL, understandingChars, ASSUMED_OUTPUT_TOKENS)}; at the input cap: ${per1000(DEFAULT_UNDERSTANDING_MODEL, UNDERSTANDING_SYSTEM_PROMPT.length + schemaChars + DEFAULT_MAX_INPUT_CHARS, ASSUMED_OUTPUT_TOKENS)}`,
);
const draftChars = DRAFTING_SYSTEM_PROMPT.length + draftSchemaChars + ASSUMED_DRAFT_INPUT_CHARS;
console.log(
  `Drafting, per 1,000 personalised drafts (at most 2 per message): ${DEFAULT_DRAFTING_MODEL} ${per1000(DEFAULT_DRAFTING_MODEL, draftChars, ASSUMED_DRAFT_OUTPUT_TOKENS)}, ${DEFAULT_UNDERSTANDING_MODEL} ${per1000(DEFAULT_UNDERSTANDING_MODEL, draftChars, ASSUMED_DRAFT_OUTPUT_TOKENS)}`,
);
