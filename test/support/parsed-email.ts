import type { ParsedEmail } from "../../src/understand/mail/parsed-email.ts";

/**
 * A message as parse-email hands it over, to Rebound's inbox, with only what a case needs filled
 * in (`from`, `subject` and `text` at least).
 */
export function parsedEmail(fields: Partial<ParsedEmail>): ParsedEmail {
  return {
    messageId: "<case@example.test>",
    from: [],
    to: [{ name: "", address: "jobs@jordanlee.dev" }],
    cc: [],
    replyTo: [],
    subject: "",
    date: "2026-12-07T09:00:00.000Z",
    inReplyTo: null,
    references: [],
    headers: new Map(),
    text: "",
    html: null,
    attachedMessages: [],
    ...fields,
  };
}
