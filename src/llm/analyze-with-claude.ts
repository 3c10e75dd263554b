import type { AnalyzeBothLine, AnalyzeLine, Understanding } from "../../schemas/understanding.ts";
import { analyzeLine, guessSelf } from "../understand/analyze-message.ts";
import { parseEmail } from "../understand/mail/parse-email.ts";
import { findReturnDate } from "../understand/return-date.ts";
import { understandEmail } from "../understand/understand-email.ts";
import type { Claude } from "./anthropic-client.ts";
import { mergeWithRules } from "./sharpen-understanding.ts";
import { understandWithClaude } from "./understand-with-claude.ts";

export type AnalyzeEngine = "rules" | "claude" | "both";

/**
 * What `npm run analyze -- --engine claude|both` prints for one file: Claude's own reading,
 * or both readings and the merged one Rebound would store. No D1, no daily cap: one call.
 */
export async function analyzeWithClaude(
  file: string,
  raw: Uint8Array | string,
  engine: "claude" | "both",
  claude: Claude,
  receivedAt: Date,
): Promise<AnalyzeLine | AnalyzeBothLine | { file: string; engine: "claude"; error: string }> {
  const email = await parseEmail(raw);
  const self = guessSelf(email);
  const understood = understandEmail(email, self);
  const rules = understood.understanding;
  const at = receivedAt.toISOString();
  const reading = await understandWithClaude(claude.client, {
    unwrapped: understood.unwrapped,
    receivedAt: at,
    model: claude.config.understandingModel,
    maxInputChars: claude.config.maxInputChars,
  });
  const own: AnalyzeLine | { error: string } = reading.ok
    ? {
        ...analyzeLine(file, claudeAsUnderstanding(reading.understanding, rules.language)),
        confidence: null,
      }
    : { error: `${reading.reason}: ${reading.detail}` };
  if (engine === "claude") {
    return "error" in own ? { file, engine: "claude", error: own.error } : own;
  }
  const rulesReturnDate =
    rules.category === "auto_reply" ? findReturnDate(understood.newest, rules.language, at) : null;
  const merged = mergeWithRules(understood, rulesReturnDate, reading, self, at);
  return {
    file,
    rules: analyzeLine(file, rules),
    claude: own,
    kept: analyzeLine(file, merged.understanding),
    verdict: merged.verdict,
  };
}

/** Claude's answer in the shape analyze prints (its confidence is dropped: Claude gives none). */
function claudeAsUnderstanding(
  u: {
    category: Understanding["category"];
    reason: Understanding["reason"];
    company: string | null;
    role: string | null;
    people: {
      name: string | null;
      email: string | null;
      kind: Understanding["contacts"][number]["kind"];
    }[];
  },
  language: string,
): Understanding {
  return {
    category: u.category,
    reason: u.category === "rejection" ? u.reason : null,
    confidence: 1,
    engine: "claude",
    company: u.company,
    role: u.role,
    contacts: u.people.map((p) => ({
      name: p.name,
      email: p.email,
      kind: p.kind,
      note: "",
      warm: false,
    })),
    language,
  };
}
