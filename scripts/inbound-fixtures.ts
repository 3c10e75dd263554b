// The inbound fixtures as the benches deliver them (scripts/bench-workerd.ts, bench-profile.ts).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** The owner the fixtures' forwards come from. */
export const OWNER = "jordan.lee@gmail.com";

export interface InboundFixture {
  file: string;
  raw: string;
  route: "forward" | "reply";
  from: string;
}

/** test/fixtures/inbound by name: forwards come from the owner, replies from their sender. */
export function inboundFixtures(root: string, only?: string): InboundFixture[] {
  const dir = join(root, "test", "fixtures", "inbound");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".eml") && (!only || f.includes(only)))
    .sort()
    .map((file) => {
      const raw = readFileSync(join(dir, file), "utf8");
      const { route } = JSON.parse(
        readFileSync(join(dir, file.replace(/\.eml$/, ".expected.json")), "utf8"),
      ) as { route: "forward" | "reply" };
      const from = (/^From:.*?([^\s<>"]+@[^\s<>"]+)/im.exec(raw)?.[1] ?? OWNER).toLowerCase();
      return { file, raw, route, from: route === "forward" ? OWNER : from };
    });
}
