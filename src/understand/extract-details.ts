import type { Category, ExtractedContact } from "../../schemas/understanding.ts";
import { chooseCompany, ownCareerSiteEmployer } from "./extract/company.ts";
import { platformsNamedIn } from "./extract/company-candidates.ts";
import { htmlLabels } from "./extract/company-html.ts";
import { employerForCategory } from "./extract/company-no-employer.ts";
import { collectContacts, contactsFromNote } from "./extract/contacts.ts";
import { isJobBoardDigest } from "./extract/job-board-digest.ts";
import { findRole } from "./extract/role.ts";
import { selfMatcher } from "./extract/self-matcher.ts";
import { describeSender, splitDisplayName } from "./extract/sender.ts";
import { parseSignature } from "./extract/signature.ts";
import { clip, stripSubjectPrefixes, unwrapHardLines } from "./extract/text.ts";
import type { ForwardedOriginal, Invitation, Mailbox } from "./mail/parsed-email.ts";
import type { SelfIdentity } from "./understand-email.ts";

export interface ExtractInput {
  original: ForwardedOriginal;
  /** The original's Reply-To, when the message was read whole ([] for an inline forward). */
  replyTo?: readonly Mailbox[];
  /** The original's newest message only, signature kept. */
  newest: string;
  /** What the job seeker wrote above the forward ("" when nothing). */
  note: string;
  /** The invitation attached to the message, if any. */
  invitation?: Invitation | undefined;
  category: Category;
  self: SelfIdentity;
  /** Whether the user forwarded the original by hand (false: it arrived as it was sent). */
  forwarded?: boolean;
  /** The HTML the original came with, if any: its title and logos may name the employer. */
  html?: string | null | undefined;
  /** The message quoted below the newest one was the user's own: this answers the user. */
  repliesToOwn?: boolean | undefined;
  /** List-Id, List-Unsubscribe or Precedence bulk/list on the original: sent to many. */
  listMail?: boolean | undefined;
}

export interface ExtractedDetails {
  company: string | null;
  role: string | null;
  contacts: ExtractedContact[];
  /** People named only in passing in the prose: no contacts, for the digest to ask about. */
  namedInPassing: ExtractedContact[];
}

/** Rejections are short; past this it is footers and history. Bounds the CPU spent per message. */
const MAX_TEXT_CHARS = 8192;
/** A note is a line or two; a long one is usually a pasted thread. */
const MAX_NOTE_CHARS = 2048;

/**
 * Extracts the employer, the role and the people worth remembering from one message,
 * with rules only: the signature, the headers, the body's phrasing and the user's note.
 */
export function extractDetails(input: ExtractInput): ExtractedDetails {
  // NFC throughout, so "é" is one letter to every pattern and every comparison.
  const newest = unwrapHardLines(clip(input.newest, MAX_TEXT_CHARS).normalize("NFC"));
  const body = unwrapHardLines(clip(input.original.body, MAX_TEXT_CHARS).normalize("NFC"));
  // A note the user's mail client wrapped ("cofounder Ethan Park\n(ethan@…)") is read as typed.
  const note = unwrapHardLines(clip(input.note, MAX_NOTE_CHARS).normalize("NFC"));
  const subject = stripSubjectPrefixes(input.original.subject.normalize("NFC"));
  const self = selfMatcher(input.self);
  const sender = describeSender(input.original.from, self);
  const signature = parseSignature(newest, sender);
  const message = signature.prose;
  if (isJobBoardDigest(input.original.from, subject)) {
    // A digest lists many employers; none of them is "the" company, nobody in it is a contact.
    // The user's note above it may still name someone ("the team Priya mentioned"), and an
    // employer's own career site alerting about its own jobs is about that employer.
    return {
      company: ownCareerSiteEmployer(input.original.from),
      role: null,
      contacts: contactsFromNote(note, self, body),
      namedInPassing: [],
    };
  }
  const platforms = platformsNamedIn(newest);
  const headerNames = [input.original.from, ...input.original.to, ...input.original.cc].flatMap(
    (m) => splitDisplayName(m?.name ?? "").person ?? [],
  );
  const chosen = chooseCompany({
    self,
    headerNames,
    message,
    newest,
    body,
    subject,
    sender,
    signature,
    platforms,
    original: input.original,
    html: htmlLabels(input.html),
    note,
  });
  const company = employerForCategory(
    chosen,
    input.category,
    input.original.from,
    sender,
    `${subject}\n${newest}`,
    input.listMail === true,
    note,
  );
  const role = findRole(message, subject, body, company, input.category, note);
  const people = collectContacts({
    original: input.original,
    replyTo: input.replyTo ?? [],
    category: input.category,
    message,
    note,
    body,
    sender,
    signature,
    company,
    role,
    self,
    calendar: input.invitation,
    forwarded: input.forwarded,
    repliesToOwn: input.repliesToOwn,
    listMail: input.listMail,
  });
  return { company, role, ...people };
}
