import { expect } from "vitest";
import { companyKey } from "../../src/understand/company-key.ts";
import { parseEmail } from "../../src/understand/mail/parse-email.ts";
import { understandEmail } from "../../src/understand/understand-email.ts";
import { JORDAN_SELF } from "./users.ts";

/** The employer Rebound reads from one plain-text message written straight to Jordan. */
export async function employerOf(
  from: string,
  subject: string,
  body: string,
): Promise<string | null> {
  const raw = [
    `From: ${from}`,
    "To: Jordan Lee <jordan.lee@gmail.com>",
    `Subject: ${subject}`,
    "Date: Mon, 7 Dec 2026 09:00:00 +0000",
    "Message-ID: <employer-of@example.test>",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: 8bit",
    "",
    body,
  ].join("\r\n");
  const email = await parseEmail(new TextEncoder().encode(raw));
  return understandEmail(email, JORDAN_SELF).understanding.company;
}

/** Expects the employer `employerOf` reads, compared as keys: the legal form is not what is tested. */
export async function expectEmployer(from: string, subject: string, body: string, want: string) {
  expect(companyKey((await employerOf(from, subject, body)) ?? "")).toBe(companyKey(want));
}
