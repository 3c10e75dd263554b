import type { Category } from "../../schemas/understanding.ts";
import type { Contact } from "../domain/contact.ts";
import type { DraftLanguage, Register } from "../domain/draft-language.ts";
import type { InboundRecord } from "../domain/inbound-record.ts";
import type { NewDraft, PlannedFollowUps } from "../domain/planned-follow-ups.ts";
import type { ContactHistory } from "../domain/touch.ts";
import type { User } from "../domain/user.ts";
import { chooseDraftLanguage, registerDetector } from "../drafts/language.ts";
import { renderDraft } from "../drafts/render-draft.ts";
import type { UnderstoodEmail } from "../understand/understand-email.ts";
import { declinesToHelp, mentionsInterview } from "./message-facts.ts";
import { type PlanningPerson, planFollowUps, readsStatedDate } from "./plan-follow-ups.ts";
import { findStatedDate } from "./stated-timing.ts";

export interface FollowUpInput {
  user: User;
  record: InboundRecord;
  understood: UnderstoodEmail;
  /** The contact who wrote a direct reply, if this is one. */
  replyFrom: Contact | null;
  companyName: string | null;
  history: ContactHistory;
  returnDate: string | null;
  newId: () => string;
}

/** Rejection reasons after which no one got the job: thank-yous don't wish a new hire well. */
const NOBODY_HIRED: ReadonlySet<string> = new Set(["on_hold", "position_closed"]);

const NOTHING: PlannedFollowUps = { drafts: [], supersedeNudgesFor: [], postpone: [], warm: [] };

/** Plans and words the follow-ups for one recorded message; pure. */
export function followUpsForMessage(input: FollowUpInput): PlannedFollowUps {
  const { record } = input;
  const inbound = record.inbound;
  const category = inbound.category;
  if (inbound.status !== "processed" || category === null) return NOTHING;
  // A guess is not acted on: the digest asks the user first.
  if (inbound.needsReview) return NOTHING;
  // Bulk mail and loops never trigger actions; an out-of-office only moves dates.
  if (inbound.loopGuard !== null && category !== "auto_reply") return NOTHING;

  const contacts = record.contacts.map((w) => w.contact);
  if (input.replyFrom && !contacts.some((c) => c.id === input.replyFrom?.id)) {
    contacts.push(input.replyFrom);
  }
  const named = new Set(record.contacts.flatMap((w) => (w.namedInPassing ? [w.contact.id] : [])));
  const facts = readForPlans(input, category);
  const planned = planAndWord(
    input,
    facts,
    contacts.filter((c) => !named.has(c.id)),
  );
  if (named.size === 0) return planned;
  // What someone named in passing would have got as a contact of their kind, planned beside
  // everyone else: held with them until the user confirms them, never changing the others' plan.
  // Only their drafts are kept, so only theirs are worded.
  const asContacts = planAndWord(input, facts, contacts, (id) => named.has(id));
  return { ...planned, drafts: [...planned.drafts, ...asContacts.drafts] };
}

/** What one message says for every plan made from it, whoever the plan is for. */
interface MessageReading {
  category: Category;
  language: DraftLanguage;
  /** The employer's message or the user's note speaks of an interview. */
  mentionsInterview: boolean;
  statedDate: ReturnType<typeof findStatedDate>;
  declined: boolean;
  detect: (userNote: string) => Register;
  /** One string for every draft: the greeting remembers what it read in it. */
  cues: string;
}

/** Reads the message once, however many plans are made from it (chrono's date reading is dear). */
function readForPlans(input: FollowUpInput, category: Category): MessageReading {
  const { understood, user, record } = input;
  const { understanding } = understood;
  const note = understood.unwrapped.note;
  const employerText = understood.newest;
  const language = chooseDraftLanguage(understanding.language, {
    preferred: user.draftLanguage ?? null,
    followEmployer: user.followEmployerLanguage ?? true,
  });
  return {
    category,
    language,
    mentionsInterview: mentionsInterview([employerText, note]),
    statedDate: readsStatedDate(category)
      ? findStatedDate([employerText, note], understanding.language, record.inbound.receivedAt)
      : null,
    declined: input.replyFrom !== null && declinesToHelp(employerText),
    detect: registerDetector(language, employerText),
    cues: `${employerText}\n${note}`,
  };
}

/**
 * Plans and words the follow-ups to these contacts of one recorded message; with `wordFor`,
 * words (and answers) only the drafts to the contacts it accepts.
 */
function planAndWord(
  input: FollowUpInput,
  facts: MessageReading,
  contacts: readonly Contact[],
  wordFor: (contactId: string) => boolean = () => true,
): PlannedFollowUps {
  const { record, understood, user, history } = input;
  const inbound = record.inbound;
  const { category, language, detect, cues } = facts;
  const senderAddress = understood.unwrapped.original.from?.address ?? null;
  const people: PlanningPerson[] = contacts.map((contact) => ({
    contact,
    role: contact.kind,
    isSender:
      contact.id === input.replyFrom?.id ||
      (senderAddress !== null && contact.email === senderAddress),
    touches: history.touches.get(contact.id) ?? [],
    lastReplyAt: history.lastReplies.get(contact.id) ?? null,
  }));

  const { understanding } = understood;
  const reason = understanding.reason;
  const interviewed = facts.mentionsInterview || people.some((p) => p.role === "interviewer");
  const plan = planFollowUps({
    receivedAt: inbound.receivedAt,
    category,
    reason,
    people,
    companyFeedbackRequested: history.companyFeedbackRequested,
    returnDate: input.returnDate,
    prefersCalling: user.prefersCalling,
    interviewed,
    statedDate: facts.statedDate,
    declined: facts.declined,
  });

  const referrer = people.find((p) => p.isSender)?.contact.name ?? null;
  const introduced = people.find((p) => p.role === "referral" && !p.isSender)?.contact.name ?? null;
  const drafts: NewDraft[] = plan.drafts.flatMap((planned) => {
    if (!wordFor(planned.contactId)) return [];
    const person = people.find((p) => p.contact.id === planned.contactId);
    if (!person) return [];
    const register = registerFor(person, language, detect);
    const rendered = renderDraft({
      kind: planned.kind,
      recipient: {
        name: person.contact.name,
        warm: person.contact.warm || plan.warm.includes(person.contact.id),
        note: person.contact.notes,
      },
      sender: { name: user.displayName ?? "" },
      company: person.contact.companyId === inbound.companyId ? input.companyName : null,
      role: understanding.role,
      targets: user.targetCompanies,
      referrer: referrer && planned.kind === "introduction" ? { name: referrer } : undefined,
      introduced: introduced && planned.kind === "report_back" ? { name: introduced } : undefined,
      purpose: planned.purpose ?? undefined,
      variant: planned.variant,
      someoneHired: !NOBODY_HIRED.has(reason ?? "generic"),
      language,
      register,
      cues,
      interviewed,
      wrote: planned.wrote,
      paused: reason === "on_hold",
      openToFuture: reason !== "position_closed",
      thanked: planned.thanked,
    });
    return [
      {
        id: input.newId(),
        contactId: planned.contactId,
        companyId: person.contact.companyId,
        inboundId: inbound.id,
        kind: planned.kind,
        channel: planned.channel,
        rule: planned.rule,
        subject: rendered.subject,
        body: rendered.body,
        dueAt: planned.dueAt,
        language: rendered.language,
        register: rendered.register,
      },
    ];
  });
  return {
    drafts,
    supersedeNudgesFor: plan.supersedeNudgesFor,
    postpone: plan.postpone,
    warm: plan.warm,
  };
}

/**
 * One register per person: the one Rebound used with them before in this language; otherwise
 * the one the employer's message and the user's note about them show.
 */
function registerFor(
  person: PlanningPerson,
  language: DraftLanguage,
  detect: (userNote: string) => Register,
): Register {
  const earlier = person.touches
    .filter((t) => t.language === language && t.register)
    .sort((a, b) => a.dueAt.localeCompare(b.dueAt))
    .at(-1)?.register;
  return earlier ?? detect(person.contact.notes);
}
