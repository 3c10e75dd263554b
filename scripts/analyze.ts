// npm run analyze -- FILE.eml [FILE.eml ...]
// Prints, for each file in order, one JSON line of what Rebound understands of it. Nothing else
// goes to stdout; problems go to stderr and make the exit code 1.
import { readFile } from "node:fs/promises";
import { analyzeMessage } from "../src/understand/analyze-message.ts";

const files = process.argv.slice(2).filter((a) => a !== "--");
if (files.length === 0) {
  console.error("usage: npm run analyze -- FILE.eml [FILE.eml ...]");
  process.exit(2);
}
let failed = false;
for (const file of files) {
  try {
    const line = await analyzeMessage(file, await readFile(file));
    process.stdout.write(`${JSON.stringify(line)}\n`);
  } catch (error) {
    failed = true;
    const message = error instanceof Error ? error.message : String(error);
    process.stdout.write(`${JSON.stringify({ file, error: message })}\n`);
    console.error(`${file}: ${message}`);
  }
}
process.exitCode = failed ? 1 : 0;
