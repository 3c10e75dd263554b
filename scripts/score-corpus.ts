// Scores the deterministic understanding against every fixture's sidecar and lists the misses.
// Usage: npm run score [-- --verbose] [-- --dir test/fixtures/holdout] [-- --lowo]
// --lowo: leave-one-writer-out over every writer folder in test/fixtures/corpus (scripts/lowo.ts).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseEmail } from "../src/understand/mail/parse-email.ts";
import { understandEmail } from "../src/understand/understand-email.ts";
import {
  contactFound,
  type Expected,
  type FixtureResult,
  sameCompany,
  sameRole,
  scoreResults,
  spuriousContacts,
} from "../test/support/score.ts";
import { JORDAN_SELF } from "../test/support/users.ts";
import { calibration, confusion, leaveOneWriterOut, scoreCategories } from "./lowo.ts";

if (process.argv.includes("--lowo")) {
  await printLeaveOneWriterOut(process.argv.includes("--verbose"));
  process.exit(0);
}

const dirFlag = process.argv.indexOf("--dir");
const dir =
  dirFlag > 0 && process.argv[dirFlag + 1]
    ? `${process.argv[dirFlag + 1]}/`
    : new URL("../test/fixtures/inbound/", import.meta.url).pathname;
const verbose = process.argv.includes("--verbose");
const results: FixtureResult[] = [];
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith(".eml"))
  .sort()) {
  const expected = JSON.parse(
    readFileSync(join(dir, file.replace(/\.eml$/, ".expected.json")), "utf8"),
  ) as Expected;
  const email = await parseEmail(readFileSync(join(dir, file)));
  const { understanding } = understandEmail(email, JORDAN_SELF);
  results.push({ file, expected, actual: understanding });
  const misses: string[] = [];
  if (understanding.category !== expected.category)
    misses.push(`category ${understanding.category} (want ${expected.category})`);
  if (expected.category === "rejection" && understanding.reason !== expected.reason)
    misses.push(`reason ${understanding.reason} (want ${expected.reason})`);
  if (!sameCompany(understanding.company, expected.company))
    misses.push(
      `company ${JSON.stringify(understanding.company)} (want ${JSON.stringify(expected.company)})`,
    );
  if (!sameRole(understanding.role, expected.role))
    misses.push(
      `role ${JSON.stringify(understanding.role)} (want ${JSON.stringify(expected.role)})`,
    );
  for (const c of expected.contacts.filter((c) => !contactFound(c, understanding.contacts)))
    misses.push(`missing contact ${c.name} <${c.email}>`);
  for (const c of spuriousContacts(expected, understanding.contacts))
    misses.push(`spurious contact ${c.name} <${c.email}>`);
  if (misses.length > 0 || verbose) {
    console.log(`${file}: ${misses.join("; ") || "ok"}`);
    if (verbose || misses.some((m) => m.includes(" contact ")))
      console.log(
        `   got contacts ${JSON.stringify(understanding.contacts.map((c) => [c.name, c.email, c.kind]))}`,
      );
  }
}
const s = scoreResults(results);
console.log(`\n${results.length} fixtures`);
for (const [category, c] of Object.entries(s.perCategory))
  console.log(
    `  ${category.padEnd(17)} P ${c.precision.toFixed(2)}  R ${c.recall.toFixed(2)}  F1 ${c.f1.toFixed(2)}  (n=${c.support})`,
  );
console.log(`macro-F1 over categories: ${s.macroF1.toFixed(3)}`);
console.log(`rejection reason accuracy: ${(s.reasonAccuracy * 100).toFixed(1)} %`);
console.log(
  `company accuracy: ${(s.companyAccuracy * 100).toFixed(1)} %   role accuracy: ${(s.roleAccuracy * 100).toFixed(1)} %`,
);
console.log(
  `contacts extracted exactly: ${s.contactsExact}/${s.contactsTotal} = ${((s.contactsExact / Math.max(1, s.contactsTotal)) * 100).toFixed(1)} %   spurious: ${s.spuriousContacts}`,
);

async function printLeaveOneWriterOut(verbose: boolean) {
  // The checked-in temperature was itself fitted on these out-of-writer predictions (train.ts).
  const { temperature } = JSON.parse(
    readFileSync(new URL("../src/understand/model/weights.json", import.meta.url).pathname, "utf8"),
  ) as { temperature: number };
  const predictions = await leaveOneWriterOut(temperature);
  console.log(
    `leave-one-writer-out: trained on the other writers and the older fixtures (temperature ${temperature})\n`,
  );
  console.log("writer   n    macro-F1  accuracy  reason");
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  for (const writer of [...new Set(predictions.map((p) => p.source))]) {
    const mine = predictions.filter((p) => p.source === writer);
    const s = scoreCategories(mine);
    console.log(
      `${writer.padEnd(6)} ${String(mine.length).padStart(4)}    ${s.macroF1.toFixed(3)}    ${pct(s.accuracy).padStart(7)}  ${pct(s.reasonAccuracy).padStart(7)}`,
    );
  }
  const pooled = scoreCategories(predictions);
  console.log(
    `pooled ${String(predictions.length).padStart(4)}    ${pooled.macroF1.toFixed(3)}    ${pct(pooled.accuracy).padStart(7)}  ${pct(pooled.reasonAccuracy).padStart(7)}\n`,
  );
  for (const [category, c] of Object.entries(pooled.perCategory))
    console.log(
      `  ${category.padEnd(21)} P ${c.precision.toFixed(2)}  R ${c.recall.toFixed(2)}  F1 ${c.f1.toFixed(2)}  (n=${c.support})`,
    );
  console.log(`\nconfusion (rows: answer, columns: predicted)\n${confusion(predictions)}`);
  const cal = calibration(predictions);
  console.log(`\ncalibration of confidence (ECE ${cal.ece.toFixed(3)})\n${cal.table}`);
  if (verbose)
    for (const p of predictions.filter(
      (p) =>
        p.actual.category !== p.expected.category ||
        (p.expected.category === "rejection" && p.actual.reason !== p.expected.reason),
    ))
      console.log(
        `${p.file}: ${p.actual.category}/${p.actual.reason} ${p.actual.confidence} (want ${p.expected.category}/${p.expected.reason})`,
      );
}
