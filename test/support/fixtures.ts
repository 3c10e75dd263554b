import type { Expected } from "./score.ts";

const emls = import.meta.glob<string>("../fixtures/inbound/*.eml", {
  query: "?raw",
  import: "default",
  eager: true,
});
const sidecars = import.meta.glob<Expected>("../fixtures/inbound/*.expected.json", {
  import: "default",
  eager: true,
});

export interface Fixture {
  name: string;
  raw: string;
  expected: Expected;
  /** The header From address: Jordan for a forward, the contact for a reply. */
  from: string;
}

/** Every inbound fixture with its sidecar, sorted by name. */
export const FIXTURES: Fixture[] = Object.entries(emls)
  .map(([path, raw]) => {
    const expected = sidecars[path.replace(/\.eml$/, ".expected.json")];
    if (!expected) throw new Error(`${path} has no .expected.json sidecar`);
    const from = /^From:.*?([^\s<>"]+@[^\s<>"]+)/im.exec(raw)?.[1]?.toLowerCase() ?? "";
    return { name: path.split("/").pop() ?? path, raw, expected, from };
  })
  .sort((a, b) => a.name.localeCompare(b.name));

/** One inbound fixture's raw message, by file name; a missing name fails the test loudly. */
export function fixtureRaw(name: string): string {
  const found = FIXTURES.find((f) => f.name === name);
  if (!found) throw new Error(`no fixture ${name}`);
  return found.raw;
}
