import type { Category } from "../../schemas/understanding.ts";
import type { ExtractInput } from "../../src/understand/extract-details.ts";
import type { Invitation, Mailbox } from "../../src/understand/mail/parsed-email.ts";

// The job seeker the extraction tests read mail for (invented, as every name in them is).
export const SELF = {
  addresses: ["jordan.lee@gmail.com", "jordan@jordanlee.dev"],
  names: ["Jordan Lee"],
};

/** One extraction case: only what differs from a plain message to Jordan. */
export interface ExtractCase {
  from?: Mailbox | null;
  to?: Mailbox[];
  cc?: Mailbox[];
  replyTo?: Mailbox[];
  subject?: string;
  /** The newest message; also the whole body unless `body` is given. */
  text?: string;
  body?: string;
  note?: string;
  category?: Category;
  invitation?: Invitation;
}

export const mb = (name: string, address: string | null): Mailbox => ({ name, address });

/** What `extractDetails` reads for a case: unnamed sender, addressed to Jordan, a rejection. */
export function extractInput(c: ExtractCase): ExtractInput {
  const text = c.text ?? "";
  return {
    original: {
      from: c.from === undefined ? mb("", "someone@example.org") : c.from,
      to: c.to ?? [mb("Jordan Lee", "jordan.lee@gmail.com")],
      cc: c.cc ?? [],
      replyTo: [],
      subject: c.subject ?? "",
      date: null,
      body: c.body ?? text,
    },
    replyTo: c.replyTo ?? [],
    newest: text,
    note: c.note ?? "",
    category: c.category ?? "rejection",
    self: SELF,
    invitation: c.invitation,
  };
}
