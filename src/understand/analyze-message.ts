import type { AnalyzeLine, Understanding } from "../../schemas/understanding.ts";
import { parseEmail } from "./mail/parse-email.ts";
import type { ParsedEmail } from "./mail/parsed-email.ts";
import { unwrapForward } from "./mail/unwrap-forward.ts";
import { type SelfIdentity, understandEmail } from "./understand-email.ts";

/**
 * Who the job seeker is when no user record says so: whoever forwarded the message,
 * or whoever it was addressed to when it was not forwarded.
 */
export function guessSelf(email: ParsedEmail): SelfIdentity {
  const forwarded = unwrapForward(email).format !== "none";
  const people = forwarded ? email.from : email.to;
  return {
    addresses: people.flatMap((m) => (m.address ? [m.address] : [])),
    names: people.flatMap((m) => (m.name ? [m.name] : [])),
  };
}

/** What `npm run analyze` prints for one message file: the Worker's path, minus storage. */
export async function analyzeMessage(file: string, raw: Uint8Array | string): Promise<AnalyzeLine> {
  const email = await parseEmail(raw);
  return analyzeLine(file, understandEmail(email, guessSelf(email)).understanding);
}

/** One reading as analyze prints it. */
export function analyzeLine(file: string, u: Understanding): AnalyzeLine {
  return {
    file,
    category: u.category,
    reason: u.reason,
    confidence: Math.round(u.confidence * 100) / 100,
    company: u.company,
    role: u.role,
    contacts: u.contacts.map(({ name, email, kind }) => ({ name, email, kind })),
    language: u.language,
    engine: u.engine,
  };
}
