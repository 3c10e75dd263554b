// npm run build:pattern-keys (and npm run train, which runs it): writes
// src/understand/model/pattern-keys.json, the word keys of every classifier pattern
// (wordStartKeys in src/understand/pattern-evidence.ts) by the pattern's source, so that a
// Worker reads them at start-up instead of working them out from ~700 sources. A pattern
// missing from the file (added since) has its keys worked out at load as before.
import { writeFileSync } from "node:fs";
import { patternKeysTable } from "../src/understand/pattern-evidence.ts";

const out = new URL("../src/understand/model/pattern-keys.json", import.meta.url);
const table = patternKeysTable();
writeFileSync(out.pathname, `${JSON.stringify(table)}\n`);
console.log(`${Object.keys(table).length} pattern sources → ${out.pathname}`);
