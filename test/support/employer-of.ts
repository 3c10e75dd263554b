import { expect } from "vitest";
import { companyKey } from "../../src/understand/company-key.ts";
import { createJordan, deliver } from "./deliver.ts";
import { gmailForward, stored } from "./forwarding.ts";
import { understandPlain } from "./plain-message.ts";
import { JORDAN } from "./users.ts";

/** The employer Rebound reads from one plain-text message written straight to Jordan. */
export async function employerOf(
  from: string,
  subject: string,
  body: string,
): Promise<string | null> {
  const headers = [`From: ${from}`, "To: Jordan Lee <jordan.lee@gmail.com>", `Subject: ${subject}`];
  return (await understandPlain(headers, body)).company;
}

/** Expects the employer `employerOf` reads, compared as keys: the legal form is not what is tested. */
export async function expectEmployer(from: string, subject: string, body: string, want: string) {
  expect(companyKey((await employerOf(from, subject, body)) ?? "")).toBe(companyKey(want));
}

/** The keys of the companies the Worker's email() stored for a Gmail forward of `message`. */
export async function companiesAfterForward(
  message: Parameters<typeof gmailForward>[0],
): Promise<string[]> {
  const { userId, inbox } = await createJordan();
  await deliver(gmailForward(message), { from: JORDAN.owner, to: inbox });
  return (await stored(userId)).companies.map(companyKey);
}
