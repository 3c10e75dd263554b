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
