import type { Category, ContactKind, ExtractedContact } from "../../schemas/understanding.ts";
import { type Contact, contactFromPerson } from "../domain/contact.ts";
import type { ContactWrite } from "../domain/inbound-record.ts";
import { namesMatch } from "../understand/extract/names.ts";

/**
 * People named in passing that one message may add to the digest's questions. Each costs a D1
 * statement and a digest line; a message naming more is mostly about other people's work.
 */
export const MAX_NAMED_IN_PASSING = 3;

/** Mail that looks back on an application the user was interviewed for. */
const LOOKS_BACK: ReadonlySet<Category> = new Set(["rejection", "feedback", "keep_on_file"]);

export interface NamedInPassingInput {
  /** People the message names only in passing in its prose. */
  named: readonly ExtractedContact[];
  /** The people the message gives evidence for: a name among them is no question. */
  evidenced: readonly ExtractedContact[];
  /** Contacts already stored at that company or with the message's addresses. */
  known: readonly Contact[];
  companyId: string | null;
  /** The contact who wrote the message, if it is one: the digest says whose email named them. */
  writerId: string | null;
  category: Category;
  /** The message or the user's note speaks of an interview. */
  interviewed: boolean;
  newId: () => string;
}

/**
 * People named only in passing ("the conversation with Marguerite was strong") are no contacts
 * on that evidence: someone already known is only linked, anyone new is stored pending, with no
 * draft, for the digest to ask about.
 */
export function planNamedInPassing(input: NamedInPassingInput): {
  writes: ContactWrite[];
  linkedOnly: Contact[];
} {
  const writes: ContactWrite[] = [];
  const linkedOnly: Contact[] = [];
  for (const person of input.named) {
    const name = person.name;
    if (name === null || writes.length >= MAX_NAMED_IN_PASSING) continue;
    if (input.evidenced.some((c) => c.name !== null && namesMatch(c.name, name))) continue;
    if (writes.some((w) => w.contact.name !== null && namesMatch(w.contact.name, name))) continue;
    const match = input.known.find(
      (c) =>
        c.name !== null &&
        namesMatch(c.name, name) &&
        (c.companyId === input.companyId || c.companyId === null),
    );
    if (match) {
      if (!linkedOnly.some((c) => c.id === match.id)) linkedOnly.push(match);
      continue;
    }
    writes.push({
      op: "create",
      introducedBy: input.writerId,
      namedInPassing: true,
      contact: {
        ...contactFromPerson(person, input.newId(), input.companyId),
        email: null,
        kind: kindNamedInPassing(person, input.category, input.interviewed),
        notes: "",
        warm: false,
        pending: true,
      },
    });
  }
  return { writes, linkedOnly };
}

/**
 * The part someone named in passing most likely played: the one their title says; with no
 * title, in mail that looks back on an interview, someone the user met there.
 */
export function kindNamedInPassing(
  person: ExtractedContact,
  category: Category,
  interviewed: boolean,
): ContactKind {
  if (person.title) return person.kind;
  return interviewed && LOOKS_BACK.has(category) ? "interviewer" : person.kind;
}
