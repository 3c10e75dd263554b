// npm run analyze -- [--engine rules|claude|both] FILE.eml [FILE.eml ...]
// Prints, for each file in order, one JSON line of what Rebound understands of it. Nothing else
// goes to stdout; problems go to stderr and make the exit code 1.
//   rules   (default) the deterministic rules, exactly as the Worker runs them; no network.
//   claude  Claude's own reading, unchecked; needs ANTHROPIC_API_KEY (and ANTHROPIC_BASE_URL to
//           point at anything but api.anthropic.com, e.g. `npm run fake-anthropic`).
//   both    the rules', Claude's, and the merged reading Rebound would store, with the verdict.
import { readFile } from "node:fs/promises";
import { type AnalyzeEngine, analyzeWithClaude } from "../src/llm/analyze-with-claude.ts";
import { connectClaude } from "../src/llm/anthropic-client.ts";
import { analyzeMessage } from "../src/understand/analyze-message.ts";

const USAGE = `usage: npm run analyze -- [--engine rules|claude|both] FILE.eml [FILE.eml ...]

Prints one JSON line per file on stdout, in order, and nothing else; problems go to stderr.
  --engine rules   the deterministic rules, as the Worker runs them (default; no network)
  --engine claude  Claude's own reading (needs ANTHROPIC_API_KEY)
  --engine both    the rules', Claude's and the merged reading, with the verdict`;

const args = process.argv.slice(2).filter((a) => a !== "--");
if (args.includes("--help") || args.includes("-h")) {
  console.log(USAGE);
  process.exit(0);
}
let engine: AnalyzeEngine = "rules";
const files: string[] = [];
for (let i = 0; i < args.length; i++) {
  const arg = args[i] ?? "";
  if (arg === "--engine" || arg.startsWith("--engine=")) {
    const value = arg.includes("=") ? arg.split("=")[1] : args[++i];
    if (value !== "rules" && value !== "claude" && value !== "both") {
      console.error(`--engine must be rules, claude or both, not ${value ?? "nothing"}`);
      process.exit(2);
    }
    engine = value;
  } else {
    files.push(arg);
  }
}
if (files.length === 0) {
  console.error(USAGE);
  process.exit(2);
}

const claude =
  engine === "rules"
    ? null
    : await connectClaude({
        ANTHROPIC_API_KEY: process.env.ANTHROPIC_API_KEY,
        ANTHROPIC_BASE_URL: process.env.ANTHROPIC_BASE_URL,
        CLAUDE_UNDERSTANDING_MODEL: process.env.CLAUDE_UNDERSTANDING_MODEL,
        CLAUDE_TIMEOUT_MS: process.env.CLAUDE_TIMEOUT_MS,
        CLAUDE_MAX_RETRIES: process.env.CLAUDE_MAX_RETRIES,
        CLAUDE_MAX_INPUT_CHARS: process.env.CLAUDE_MAX_INPUT_CHARS,
      } as unknown as Env);
if (engine !== "rules" && !claude) {
  console.error(`--engine ${engine} needs ANTHROPIC_API_KEY in the environment`);
  process.exit(2);
}

let failed = false;
for (const file of files) {
  try {
    const raw = await readFile(file);
    const line = claude
      ? await analyzeWithClaude(
          file,
          raw,
          engine === "both" ? "both" : "claude",
          claude,
          new Date(),
        )
      : await analyzeMessage(file, raw);
    if ("error" in line) failed = true;
    process.stdout.write(`${JSON.stringify(line)}\n`);
  } catch (error) {
    failed = true;
    const message = error instanceof Error ? error.message : String(error);
    process.stdout.write(`${JSON.stringify({ file, error: message })}\n`);
    console.error(`${file}: ${message}`);
  }
}
process.exitCode = failed ? 1 : 0;
