// Prints what the classifier reads of each given .eml (debugging aid).
import { readFileSync } from "node:fs";
import { parseEmail } from "../src/inbound/parse-email.ts";
import { readMessage } from "../src/understand/read-message.ts";
import { JORDAN_SELF } from "../test/support/users.ts";

for (const file of process.argv.slice(2)) {
  const read = readMessage(await parseEmail(readFileSync(file)), JORDAN_SELF);
  const { body, ...rest } = read.input;
  console.log(`=== ${file}\n${JSON.stringify(rest)}\n${body.slice(0, 1500)}\n`);
}
