import { parseEmail } from "../../src/understand/mail/parse-email.ts";
import type { UnwrappedEmail } from "../../src/understand/mail/parsed-email.ts";
import { type UnderstoodEmail, understandEmail } from "../../src/understand/understand-email.ts";
import { JORDAN_SELF } from "./users.ts";

const redTeam = import.meta.glob<string>("../fixtures/red-team/*.eml", {
  query: "?raw",
  import: "default",
  eager: true,
});

/** The red-team messages by file name, sorted. */
export const RED_TEAM: { name: string; raw: string }[] = Object.entries(redTeam)
  .map(([path, raw]) => ({ name: path.split("/").pop() ?? path, raw }))
  .sort((a, b) => a.name.localeCompare(b.name));

/** A raw message through the parser and the rules, as receive-email does it. */
export async function understood(raw: string): Promise<UnderstoodEmail> {
  return understandEmail(await parseEmail(raw), JORDAN_SELF);
}

/** A plain forwarded message for tests that only need something to send. */
export function plainUnwrapped(body: string, note = ""): UnwrappedEmail {
  return {
    format: "inline",
    note,
    original: {
      from: { name: "Maya Ortiz", address: "maya.ortiz@northwind.example" },
      to: [{ name: "Jordan Lee", address: "jordan.lee@gmail.com" }],
      cc: [],
      replyTo: [],
      subject: "Your application",
      date: "2026-05-04T10:00:00.000Z",
      body,
    },
  };
}
