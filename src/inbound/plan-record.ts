import type { Category, ExtractedContact } from "../../schemas/understanding.ts";
import { type Contact, contactFromPerson } from "../domain/contact.ts";
import type {
  ApplicationWrite,
  ContactWrite,
  InboundRecord,
  InboundRoute,
  InboundRow,
} from "../domain/inbound-record.ts";
import { mentionsInterview } from "../plan/message-facts.ts";
import { companyKey } from "../understand/company-key.ts";
import { cleanLine, cleanOptionalLine, cleanText } from "../understand/mail/clean-text.ts";
import type { UnderstoodEmail } from "../understand/understand-email.ts";
import { planNamedInPassing } from "./named-in-passing.ts";

/** Below this the rules are guessing: the message is stored, and the digest asks the user. */
export const LOW_CONFIDENCE = 0.6;

/** Facts about one delivery, known before anything is understood. */
export interface Delivery {
  route: InboundRoute;
  messageId: string | null;
  contentHash: string;
  envelopeFrom: string;
  sender: string | null;
  subject: string;
  receivedAt: string;
  rawSize: number;
  /** Why this message must not trigger actions, or null. */
  loopGuard: string | null;
}

/** What D1 already holds that the new message may refer to. */
export interface KnownRecords {
  company: { id: string; name: string } | null;
  /** Contacts at that company or with one of the extracted addresses. */
  contacts: Contact[];
  /** For a reply: the contact who wrote. */
  replyFrom: Contact | null;
}

/**
 * People remembered from one message, at most. Each costs a D1 statement, and one email()
 * invocation must stay well under the free plan's 50 (about 30 at this cap, all told).
 */
export const MAX_PEOPLE_PER_MESSAGE = 15;

/** Text kept for the digest and for reprocessing; D1 rows stay small. */
const MAX_STORED_TEXT = 16 * 1024;

/** Turns an understood message and what D1 knows into the rows to write. */
export function planInboundRecord(
  delivery: Delivery,
  understood: UnderstoodEmail,
  known: KnownRecords,
  originalKey: string | null,
  newId: () => string,
): InboundRecord {
  const u = understood.understanding;
  // A job alert is about jobs, not about one of the user's applications: only the message is kept.
  const alert = u.category === "job_alert";
  const companyName = alert ? null : (u.company ?? null);
  let companyId: string | null = alert
    ? null
    : (known.company?.id ?? known.replyFrom?.companyId ?? null);
  let newCompany: InboundRecord["newCompany"] = null;
  if (!companyId && companyName) {
    companyId = newId();
    newCompany = {
      id: companyId,
      name: cleanLine(companyName).slice(0, 200),
      key: companyKey(companyName),
      domain: companyDomain(understood),
    };
  }

  const people = alert ? [] : u.contacts.slice(0, MAX_PEOPLE_PER_MESSAGE).map(cleanPerson);
  const merged =
    delivery.route === "reply" && known.replyFrom
      ? mergeFromContact(people, known, known.replyFrom, newId)
      : { writes: mergeContacts(people, known, companyId, newId), linkedOnly: [] };
  const writerId =
    known.replyFrom?.id ?? writerOf(merged.writes, understood.unwrapped.original.from?.address);
  const named = alert
    ? { writes: [], linkedOnly: [] }
    : planNamedInPassing({
        named: (understood.namedInPassing ?? [])
          .slice(0, Math.max(0, MAX_PEOPLE_PER_MESSAGE - people.length))
          .map(cleanPerson),
        evidenced: people,
        known: [...known.contacts, ...(known.replyFrom ? [known.replyFrom] : [])],
        companyId: known.replyFrom ? (known.replyFrom.companyId ?? companyId) : companyId,
        writerId,
        category: u.category,
        interviewed: mentionsInterview([understood.newest, understood.unwrapped.note]),
        newId,
      });
  const contacts = [...merged.writes, ...named.writes];
  const links = contacts.map((w) => ({ contactId: w.contact.id, kind: w.contact.kind }));
  for (const existing of [...merged.linkedOnly, ...named.linkedOnly]) {
    if (!links.some((l) => l.contactId === existing.id)) {
      links.push({ contactId: existing.id, kind: existing.kind });
    }
  }
  for (const existing of known.replyFrom ? [known.replyFrom] : []) {
    if (!links.some((l) => l.contactId === existing.id)) {
      links.push({ contactId: existing.id, kind: existing.kind });
    }
  }

  const application =
    companyId && delivery.route === "forward" && !alert
      ? planApplication(
          companyId,
          u.role,
          u.category,
          merged.writes,
          understood.unwrapped.note,
          newId,
        )
      : null;

  const original = understood.unwrapped.original;
  return {
    inbound: {
      id: newId(),
      ...delivery,
      originalKey,
      note: cleanText(understood.unwrapped.note.slice(0, MAX_STORED_TEXT)),
      extractedText: cleanText(understood.newest.slice(0, MAX_STORED_TEXT)),
      originalFrom: cleanOptionalLine(original.from?.address ?? original.from?.name ?? null),
      originalSubject: cleanLine(original.subject).slice(0, 500),
      originalDate: cleanOptionalLine(original.date),
      forwardFormat: understood.unwrapped.format,
      language: u.language,
      category: u.category,
      reason: u.reason,
      confidence: u.confidence,
      engine: u.engine,
      needsReview: u.confidence < LOW_CONFIDENCE,
      companyId,
      applicationId: application?.id ?? null,
      contactId: known.replyFrom?.id ?? null,
      status: "processed",
      error: null,
      raw: null,
      rawStore: null,
      rawKey: null,
      rawSha256: null,
    },
    newCompany,
    application,
    contacts,
    links,
  };
}

/** The row kept when understanding a message failed: the text and the error, for the digest and a retry. */
export function planFailedRecord(
  delivery: Delivery,
  error: string,
  raw: Pick<InboundRow, "raw" | "rawStore" | "rawKey" | "rawSha256">,
  text: string,
  newId: () => string,
): InboundRecord {
  return {
    inbound: {
      id: newId(),
      ...delivery,
      originalKey: null,
      note: "",
      extractedText: cleanText(text.slice(0, MAX_STORED_TEXT)),
      originalFrom: null,
      originalSubject: null,
      originalDate: null,
      forwardFormat: null,
      language: null,
      category: null,
      reason: null,
      confidence: null,
      engine: null,
      needsReview: true,
      companyId: null,
      applicationId: null,
      contactId: null,
      status: "failed",
      error: cleanLine(error.slice(0, 1000)),
      ...raw,
    },
    newCompany: null,
    application: null,
    contacts: [],
    links: [],
  };
}

/** The contact who wrote the message: the one stored under its From address. */
function writerOf(writes: readonly ContactWrite[], from: string | null | undefined): string | null {
  if (!from) return null;
  return writes.find((w) => w.contact.email === from.toLowerCase())?.contact.id ?? null;
}

function companyDomain(understood: UnderstoodEmail): string | null {
  const address = understood.unwrapped.original.from?.address ?? "";
  const domain = address.split("@")[1] ?? null;
  return domain && !/(gmail|googlemail|outlook|hotmail|yahoo|icloud|proton)\./.test(domain)
    ? domain
    : null;
}

const nameKey = (name: string | null) =>
  (name ?? "")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z]+/g, " ")
    .trim();

/** A person read from mail, with every field one clean line (notes keep their line breaks). */
function cleanPerson(person: ExtractedContact): ExtractedContact {
  return {
    ...person,
    name: person.name === null ? null : cleanOptionalLine(person.name.slice(0, 200)),
    title: person.title ? cleanOptionalLine(person.title.slice(0, 200)) : person.title,
    note: person.note ? cleanText(person.note.slice(0, 2000)) : person.note,
  };
}

/**
 * A contact's own mail (matched by its From, which anyone can forge) may add notes to that
 * contact and nothing else: no address is set or changed, other people already known are
 * only linked, and anyone new is stored pending, with no draft, until the user confirms.
 */
export function mergeFromContact(
  extracted: readonly ExtractedContact[],
  known: KnownRecords,
  sender: Contact,
  newId: () => string,
): { writes: ContactWrite[]; linkedOnly: Contact[] } {
  const writes: ContactWrite[] = [];
  const linkedOnly: Contact[] = [];
  let senderNotes = sender.notes;
  let senderWarm = sender.warm;
  for (const person of extracted) {
    if (person.email !== null && person.email === sender.email) {
      senderNotes = appendNote(senderNotes, person.note ?? "");
      senderWarm = senderWarm || (person.warm ?? false);
      continue;
    }
    const match = known.contacts.find(
      (c) =>
        (person.email !== null && c.email === person.email) ||
        (person.name !== null && c.name !== null && nameKey(c.name) === nameKey(person.name)),
    );
    if (match) {
      if (!linkedOnly.some((c) => c.id === match.id)) linkedOnly.push(match);
      continue;
    }
    if (writes.some((w) => person.email !== null && w.contact.email === person.email)) continue;
    writes.push({
      op: "create",
      introducedBy: sender.id,
      contact: { ...contactFromPerson(person, newId(), null), warm: false, pending: true },
    });
  }
  if (senderNotes !== sender.notes || senderWarm !== sender.warm) {
    writes.push({ op: "update", contact: { ...sender, notes: senderNotes, warm: senderWarm } });
  }
  return { writes, linkedOnly };
}

/** Matches extracted people to stored ones (same email, or same name at the same company). */
export function mergeContacts(
  extracted: readonly ExtractedContact[],
  known: KnownRecords,
  companyId: string | null,
  newId: () => string,
): ContactWrite[] {
  const pool = [...known.contacts, ...(known.replyFrom ? [known.replyFrom] : [])];
  const writes: ContactWrite[] = [];
  for (const person of extracted) {
    const match = pool.find(
      (c) =>
        (person.email !== null && c.email === person.email) ||
        (person.name !== null &&
          nameKey(c.name) === nameKey(person.name) &&
          (c.email === null || person.email === null || c.email === person.email) &&
          (c.companyId === companyId || c.companyId === null)),
    );
    const already = match ? writes.find((w) => w.contact.id === match.id) : undefined;
    const base = already?.contact ?? match;
    if (!base) {
      // Someone the message introduces works elsewhere, as far as we know: no company yet.
      const contact = contactFromPerson(
        person,
        newId(),
        person.kind === "referral" ? null : companyId,
      );
      writes.push({ op: "create", contact });
      pool.push(contact);
      continue;
    }
    const merged: Contact = {
      ...base,
      companyId: base.companyId ?? companyId,
      name: base.name ?? person.name,
      email: base.email ?? person.email,
      title: base.title ?? person.title ?? null,
      kind: base.kind === "other" ? person.kind : base.kind,
      notes: appendNote(base.notes, person.note ?? ""),
      warm: base.warm || (person.warm ?? false),
      // The owner's own forward naming a pending person is their word for them.
      pending: false,
    };
    const confirmedByOwner = base.pending === true;
    if (already) {
      already.contact = merged;
      if (confirmedByOwner) already.confirmedByOwner = true;
    } else {
      writes.push({
        op: "update",
        contact: merged,
        ...(confirmedByOwner ? { confirmedByOwner } : {}),
      });
    }
  }
  return writes;
}

function appendNote(existing: string, addition: string): string {
  const trimmed = addition.trim();
  if (trimmed === "" || existing.includes(trimmed)) return existing;
  return existing === "" ? trimmed : `${existing}\n${trimmed}`;
}

const OUTCOME_BY_CATEGORY: Partial<Record<Category, string>> = {
  rejection: "rejected",
  keep_on_file: "kept_on_file",
  offer: "offer",
};

function planApplication(
  companyId: string,
  role: string | null,
  category: Category,
  contacts: readonly ContactWrite[],
  note: string,
  newId: () => string,
): ApplicationWrite {
  const metPeople =
    contacts.some((w) => w.contact.kind === "interviewer") ||
    /\b(interview|panel|met|call|chat|spoke)/i.test(note);
  const stage =
    category === "offer"
      ? "offer"
      : category === "application_received"
        ? "applied"
        : category === "interview_invite" || metPeople
          ? "interviewed"
          : "applied";
  return {
    id: newId(),
    companyId,
    role,
    roleKey: (role ?? "").trim().toLowerCase(),
    stage,
    outcome: OUTCOME_BY_CATEGORY[category] ?? null,
  };
}
