import { describe, expect, it } from "vitest";
import PATTERN_KEYS from "../../src/understand/model/pattern-keys.json" with { type: "json" };
import { patternKeysTable, wordStartKeys } from "../../src/understand/pattern-evidence.ts";

describe("stored classifier word keys (model/pattern-keys.json)", () => {
  const stored: Record<string, unknown> = PATTERN_KEYS;

  it("holds, for each source, the keys wordStartKeys works out from it", () => {
    const sources = Object.keys(stored);
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) expect(stored[source], source).toEqual(wordStartKeys(source));
  });

  it("is what npm run build:pattern-keys writes for today's patterns", () => {
    // A pattern added or changed since the file was written would still get its keys at load;
    // this says the file is out of date (npm run build:pattern-keys, or npm run train).
    expect(stored).toEqual(JSON.parse(JSON.stringify(patternKeysTable())));
  });
});
