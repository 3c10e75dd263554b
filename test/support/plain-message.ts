import type { Understanding } from "../../schemas/understanding.ts";
import { parseEmail } from "../../src/understand/mail/parse-email.ts";
import { understandEmail } from "../../src/understand/understand-email.ts";
import { JORDAN_SELF } from "./users.ts";

/**
 * What Rebound understands of one plain-text UTF-8 message with the given header lines (From,
 * To, Cc, Subject…) and body, read for Jordan.
 */
export async function understandPlain(headers: string[], body: string): Promise<Understanding> {
  const raw = [
    ...headers,
    "Date: Mon, 7 Dec 2026 09:00:00 +0000",
    "Message-ID: <plain-message@example.test>",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: 8bit",
    "",
    body,
  ].join("\r\n");
  return understandEmail(await parseEmail(new TextEncoder().encode(raw)), JORDAN_SELF)
    .understanding;
}

/** A contact as name and address. */
export type Pair = [string | null, string | null];

/** The contacts `understandPlain` reads, as name and address pairs sorted by name. */
export async function contactsOf(headers: string[], body: string): Promise<Pair[]> {
  return (await understandPlain(headers, body)).contacts
    .map((c): Pair => [c.name, c.email])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
}

/** Jordan's Gmail forward of one message, with a note above it. */
export function forwarded(
  note: string,
  from: string,
  lines: string[],
  cc?: string,
  subject = "Your application",
) {
  return {
    headers: [
      "From: Jordan Lee <jordan.lee@gmail.com>",
      "To: jobs@jordanlee.dev",
      `Subject: Fwd: ${subject}`,
    ],
    body: [
      note,
      "",
      "---------- Forwarded message ---------",
      `From: ${from}`,
      "Date: Fri, Dec 4, 2026 at 4:40 PM",
      `Subject: ${subject}`,
      "To: Jordan Lee <jordan.lee@gmail.com>",
      ...(cc ? [`Cc: ${cc}`] : []),
      "",
      ...lines,
    ].join("\n"),
  };
}
