import type { FollowUpWrites, NewDraft } from "../db/drafts.ts";
import type { Contact } from "../domain/contact.ts";
import type { User } from "../domain/user.ts";
import { renderDraft } from "../drafts/render-draft.ts";
import type { InboundRecord } from "../inbound/plan-record.ts";
import type { UnderstoodEmail } from "../understand/understand-email.ts";
import { type PastTouch, type PlanningPerson, planFollowUps } from "./plan-follow-ups.ts";

/** What D1 said about the people a message names, read before planning. */
export interface ContactHistory {
  touches: ReadonlyMap<string, PastTouch[]>;
  lastReplies: ReadonlyMap<string, string>;
  companyFeedbackRequested: boolean;
}

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

const NOTHING: FollowUpWrites = { drafts: [], supersedeNudgesFor: [], postpone: [], warm: [] };

/** Plans and words the follow-ups for one recorded message; pure. */
export function followUpsForMessage(input: FollowUpInput): FollowUpWrites {
  const { record, understood, user, history } = input;
  const inbound = record.inbound;
  const category = inbound.category;
  if (inbound.status !== "processed" || category === null) return NOTHING;
  // A guess is not acted on: the digest asks the user first.
  if (inbound.needsReview) return NOTHING;
  // Bulk mail and loops never trigger actions; an out-of-office only moves dates.
  if (inbound.loopGuard !== null && category !== "auto_reply") return NOTHING;

  const senderAddress = understood.unwrapped.original.from?.address ?? null;
  const contacts = record.contacts.map((w) => w.contact);
  if (input.replyFrom && !contacts.some((c) => c.id === input.replyFrom?.id)) {
    contacts.push(input.replyFrom);
  }
  const people: PlanningPerson[] = contacts.map((contact) => ({
    contact,
    role: contact.kind,
    isSender:
      contact.id === input.replyFrom?.id ||
      (senderAddress !== null && contact.email === senderAddress),
    touches: history.touches.get(contact.id) ?? [],
    lastReplyAt: history.lastReplies.get(contact.id) ?? null,
  }));

  const plan = planFollowUps({
    receivedAt: inbound.receivedAt,
    category,
    reason: understood.understanding.reason,
    people,
    companyFeedbackRequested: history.companyFeedbackRequested,
    returnDate: input.returnDate,
    prefersCalling: user.prefersCalling,
  });

  const referrer = people.find((p) => p.isSender)?.contact.name ?? null;
  const drafts: NewDraft[] = plan.drafts.flatMap((planned) => {
    const person = people.find((p) => p.contact.id === planned.contactId);
    if (!person) return [];
    const rendered = renderDraft({
      kind: planned.kind,
      recipient: {
        name: person.contact.name,
        warm: person.contact.warm || plan.warm.includes(person.contact.id),
        note: person.contact.notes,
      },
      sender: { name: user.displayName ?? "" },
      company: person.contact.companyId === inbound.companyId ? input.companyName : null,
      role: understood.understanding.role,
      targets: user.targetCompanies,
      referrer: referrer && planned.kind === "introduction" ? { name: referrer } : undefined,
      purpose: planned.purpose ?? undefined,
      variant: planned.variant,
      someoneHired: !NOBODY_HIRED.has(understood.understanding.reason ?? "generic"),
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
