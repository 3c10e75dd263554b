import type { Category, ContactKind, RejectionReason } from "../../schemas/understanding.ts";
import type { Contact } from "../domain/contact.ts";
import { type Channel, channelOf, type MessageKind } from "../domain/message-kind.ts";
import {
  ANSWER_KINDS,
  isNudge,
  isSpaced,
  MAX_UNANSWERED_TOUCHES,
  MOOT_AFTER_AN_ANSWER,
  type PastTouch,
} from "../domain/touch.ts";
import { CALLABLE_PURPOSES } from "../drafts/wording.ts";
import { isRobotAddress } from "../understand/robot-address.ts";
import { type Audience, FOLLOW_UP_RULES, type FollowUpRule } from "./follow-up-rules.ts";

const DAY_MS = 24 * 60 * 60 * 1000;
/** Never more than about once a month to the same person (PRODUCT.md, advice 6). */
export const MIN_DAYS_BETWEEN_TOUCHES = 30;
/** Even the close of a process and an ask that follows it are a week apart. */
export const MIN_DAYS_BETWEEN_EMAILS = 7;
/** A timely message (a thank-you) pushed back further than this is dropped, not sent late. */
const MAX_DAYS_LATE_FOR_TIMELY = 7;
/** A gentle touch this close to a date the employer stated gives way to the stated one. */
const DAYS_AROUND_STATED_DATE = 30;

/** Worth sending only soon after the event that prompted them. */
const TIMELY_KINDS: ReadonlySet<MessageKind> = new Set([
  ...ANSWER_KINDS,
  "introduction",
  "linkedin_note",
]);
/** Kinds a call script can stand in for, when the user prefers the phone (advice 9). */
const CALLABLE_KINDS: ReadonlySet<MessageKind> = new Set(CALLABLE_PURPOSES);

/** A person in the event, with what Rebound has already planned or sent them. */
export interface PlanningPerson {
  contact: Contact;
  /** The part they played in this event. */
  role: ContactKind | "other";
  /** They wrote the message (a reply, or the forwarded original). */
  isSender: boolean;
  touches: readonly PastTouch[];
  /** When they last wrote to the user, if ever. */
  lastReplyAt: string | null;
}

/** One understood inbound message, with its people, ready to plan from. */
export interface PlanningEvent {
  receivedAt: string;
  category: Category;
  reason: RejectionReason | null;
  people: readonly PlanningPerson[];
  /** A feedback request to this company exists already (one per company, ever). */
  companyFeedbackRequested: boolean;
  /** For an out-of-office reply: when the person is back. */
  returnDate: string | null;
  prefersCalling: boolean;
  /** There was an interview (the message or the note says so, or someone interviewed the user). */
  interviewed?: boolean;
  /** A date the employer or the user stated for coming back ("in a year", "ab Herbst"). */
  statedDate?: string | null;
  /** The reply declines to help ("I'm afraid I can't be a reference"). */
  declined?: boolean;
}

export interface PlannedDraft {
  contactId: string;
  kind: MessageKind;
  /** For a call script: the message it stands in for. */
  purpose: MessageKind | null;
  channel: Channel;
  rule: string;
  dueAt: string;
  /** Which wording, so two people at one company don't get the same text where there is a choice. */
  variant: number;
  /** This person wrote the message being answered (the draft may say "thank you for letting me know"). */
  wrote: boolean;
  /** A LinkedIn note to someone who also gets a thank-you email: it connects, it does not thank twice. */
  thanked: boolean;
}

export interface FollowUpPlan {
  drafts: PlannedDraft[];
  /** People whose pending nudges are now moot (they answered). */
  supersedeNudgesFor: string[];
  /** Pending drafts to these people wait until they are back. */
  postpone: { contactId: string; until: string }[];
  /** People who answered kindly: warm from now on. */
  warm: string[];
}

const EMPTY_PLAN: FollowUpPlan = { drafts: [], supersedeNudgesFor: [], postpone: [], warm: [] };

/** Applies the rules and the limits to one event; pure. */
export function planFollowUps(event: PlanningEvent): FollowUpPlan {
  const sender = event.people.find((p) => p.isSender) ?? null;
  if (event.category === "auto_reply") {
    return sender && event.returnDate
      ? // The day after they are back, not the morning they face a full inbox.
        {
          ...EMPTY_PLAN,
          postpone: [{ contactId: sender.contact.id, until: addDays(event.returnDate, 1) }],
        }
      : EMPTY_PLAN;
  }
  const declined = event.declined === true;
  const answered = event.category === "feedback" || event.category === "referral_offer" || declined;
  // Someone who helped or gave feedback is warm; someone who declined is thanked, not pressed.
  const warm = answered && !declined && sender ? [sender.contact.id] : [];
  const people = event.people.map((p) =>
    warm.includes(p.contact.id) ? { ...p, contact: { ...p.contact, warm: true } } : p,
  );
  const interviewed = event.interviewed ?? people.some((p) => p.role === "interviewer");
  const stated = statedDate(event);
  const candidates = FOLLOW_UP_RULES.filter((rule) => applies(rule, event, declined, stated))
    .flatMap((rule) =>
      audienceOf(rule.audience, people, interviewed).map((person) => ({
        rule,
        person,
        desired: desiredDate(rule, event.receivedAt, stated),
      })),
    )
    .filter(({ rule, desired }) => desired !== null && !yieldsToStated(rule, desired, stated))
    .sort((a, b) => (a.desired ?? "").localeCompare(b.desired ?? ""));

  const drafts: PlannedDraft[] = [];
  const postpone: { contactId: string; until: string }[] = [];
  const planned = new Map<string, PastTouch[]>();
  let feedbackRequested = event.companyFeedbackRequested;
  for (const { rule, person, desired } of candidates) {
    if (desired === null) continue;
    const contact = person.contact;
    // Feedback is asked once per company; after that, whoever wrote still gets a thank-you.
    const ruleKind: MessageKind =
      rule.kind === "feedback_request" && feedbackRequested ? "appreciation" : rule.kind;
    const callable = event.prefersCalling && CALLABLE_KINDS.has(ruleKind);
    const kind: MessageKind = callable ? "call_script" : ruleKind;
    const channel = channelOf(kind);
    if (contact.doNotContact) continue;
    if (channel === "email" && (!contact.email || isRobotAddress(contact.email))) continue;
    // After an answer, the nudges already in the past are moot; count only what stays.
    const history = [
      ...(answered && person.isSender ? person.touches.filter(notNudge) : person.touches),
      ...(planned.get(contact.id) ?? []),
    ].filter((t) => t.state !== "skipped" && t.state !== "superseded");
    // One LinkedIn invitation per person, ever; one thank-you per person per event.
    if (kind === "linkedin_note" && history.some((t) => t.kind === kind)) continue;
    if (isThanks(ruleKind) && planned.get(contact.id)?.some((t) => isThanks(t.kind))) continue;
    // An answer to their message is never held back by a nudge that is only planned: the
    // nudge moves instead (postponed below), so nothing is dropped for being pending.
    const answer = ANSWER_KINDS.has(ruleKind);
    const spacingHistory = answer
      ? history.filter((t) => t.state !== "pending" || planned.get(contact.id)?.includes(t))
      : history;
    const dueAt = spacedDueDate(ruleKind, channel, desired, spacingHistory);
    if (dueAt === null) continue;
    if (answer && isSpaced(ruleKind, channel)) {
      const until = addDays(dueAt, MIN_DAYS_BETWEEN_EMAILS);
      const crowding = person.touches.some(
        (t) =>
          t.state === "pending" &&
          isSpaced(t.kind, t.channel) &&
          t.dueAt >= dueAt &&
          t.dueAt < until,
      );
      if (crowding) postpone.push({ contactId: contact.id, until });
    }
    // The limit counts what was sent and went unanswered, never what is only planned.
    const lastReplyAt = answered && person.isSender ? event.receivedAt : person.lastReplyAt;
    if (
      isNudge(ruleKind, channel) &&
      unansweredSent(history, lastReplyAt) >= MAX_UNANSWERED_TOUCHES
    ) {
      continue;
    }
    if (ruleKind === "feedback_request") feedbackRequested = true;
    const thankedByEmail = (planned.get(contact.id) ?? []).some(
      (t) => t.channel !== "linkedin" && isThanks(t.kind),
    );
    drafts.push({
      contactId: contact.id,
      kind,
      purpose: callable ? ruleKind : null,
      channel,
      rule: rule.id,
      dueAt,
      variant: Math.max(0, people.indexOf(person)),
      wrote: person.isSender,
      thanked: kind === "linkedin_note" && thankedByEmail,
    });
    planned.set(contact.id, [
      ...(planned.get(contact.id) ?? []),
      { kind: callable ? ruleKind : kind, channel, dueAt, state: "pending" },
    ]);
  }
  return {
    drafts,
    supersedeNudgesFor: answered && sender ? [sender.contact.id] : [],
    postpone,
    warm,
  };
}

function applies(
  rule: FollowUpRule,
  event: PlanningEvent,
  declined: boolean,
  stated: string | null,
): boolean {
  if (!rule.categories.includes(event.category)) return false;
  if (rule.declined !== undefined && rule.declined !== declined) return false;
  if (rule.onlyWhenStated && stated === null) return false;
  if (event.category !== "rejection" || rule.reasons.length === 0) return true;
  return event.reason !== null && rule.reasons.includes(event.reason);
}

/**
 * Whether a stated date can change the plan for an event of this category: some rule for it
 * takes or yields to one. (Reading the date runs a date parser over the whole message; an
 * interview invitation or an offer has no rule that would use it.)
 */
export function readsStatedDate(category: Category): boolean {
  return FOLLOW_UP_RULES.some(
    (rule) =>
      rule.categories.includes(category) &&
      (rule.stated !== undefined || rule.onlyWhenStated === true),
  );
}

/** A stated date worth planning around: at least two weeks ahead, at most two years. */
function statedDate(event: PlanningEvent): string | null {
  const date = event.statedDate ?? null;
  if (date === null) return null;
  const days = (Date.parse(date) - Date.parse(event.receivedAt)) / DAY_MS;
  return days >= 14 && days <= 730 ? date : null;
}

/** The rule's date: the stated one for the "come back then" message, else its own delay. */
function desiredDate(rule: FollowUpRule, receivedAt: string, stated: string | null): string | null {
  if (rule.stated === "takes_it" && stated !== null) return stated;
  return addDays(receivedAt, rule.afterDays);
}

/** A gentle touch within a month of the stated date gives way to it. */
function yieldsToStated(
  rule: FollowUpRule,
  desired: string | null,
  stated: string | null,
): boolean {
  if (rule.stated !== "yields" || stated === null || desired === null) return false;
  return Math.abs(Date.parse(desired) - Date.parse(stated)) / DAY_MS < DAYS_AROUND_STATED_DATE;
}

/** Whether a person counts as met: they interviewed the user, or the user got on with them. */
function wasMet(person: PlanningPerson, interviewed: boolean): boolean {
  if (person.contact.warm) return true;
  return interviewed && (person.role === "hiring_manager" || person.role === "interviewer");
}

/** Who a rule's audience is among the event's people. */
export function audienceOf(
  audience: Audience,
  people: readonly PlanningPerson[],
  interviewed = true,
): PlanningPerson[] {
  const referred = (p: PlanningPerson) => p.role === "referral" && !p.isSender;
  const involved = people.filter((p) => !referred(p));
  const reachable = (p: PlanningPerson) => p.contact.email !== null && !p.contact.doNotContact;
  const writer = involved.find((p) => p.isSender) ?? null;
  // The hiring manager decides, when the user met them; otherwise, or if we cannot write to
  // them, whoever wrote speaks for them (a stranger gets no check-ins).
  const manager = involved.find((p) => p.role === "hiring_manager");
  const candidates = [
    manager && wasMet(manager, interviewed) ? manager : undefined,
    writer ?? undefined,
    manager,
    involved.find((p) => p.contact.email !== null),
  ].filter((p): p is PlanningPerson => p !== undefined);
  const decisionMaker = candidates.find(reachable) ?? candidates[0] ?? null;
  const met = involved.filter((p) => wasMet(p, interviewed));
  switch (audience) {
    case "writer":
      return writer ? [writer] : decisionMaker ? [decisionMaker] : [];
    case "decision_maker":
      return decisionMaker ? [decisionMaker] : [];
    case "warm_decision_maker":
      return decisionMaker?.contact.warm ? [decisionMaker] : [];
    case "met_others": {
      const answered = writer ?? decisionMaker;
      return met.filter((p) => p !== answered);
    }
    case "met":
      return met;
    case "warm":
      return involved.filter((p) => p.contact.warm);
    case "referred":
      return people.filter(referred);
  }
}

/** The due date after spacing, or null when a timely message would only go out too late. */
function spacedDueDate(
  kind: MessageKind,
  channel: Channel,
  desired: string,
  history: readonly PastTouch[],
): string | null {
  if (!isSpaced(kind, channel)) return desired;
  // Each earlier or later email asks for a gap on both sides: a week from any email, a month
  // between unprompted ones. The first date from the desired one that keeps every gap wins.
  const gaps = history
    .filter((t) => isSpaced(t.kind, t.channel))
    .map((t) => ({
      at: Date.parse(t.dueAt),
      days:
        ANSWER_KINDS.has(kind) || ANSWER_KINDS.has(t.kind)
          ? MIN_DAYS_BETWEEN_EMAILS
          : MIN_DAYS_BETWEEN_TOUCHES,
    }))
    .sort((x, y) => x.at - y.at);
  let candidate = Date.parse(desired);
  for (let round = 0; round <= gaps.length; round++) {
    const clash = gaps.find((g) => Math.abs(candidate - g.at) < g.days * DAY_MS);
    if (!clash) break;
    candidate = clash.at + clash.days * DAY_MS;
  }
  if (gaps.some((g) => Math.abs(candidate - g.at) < g.days * DAY_MS)) return null;
  const lateDays = (candidate - Date.parse(desired)) / DAY_MS;
  if (lateDays === 0) return desired;
  return TIMELY_KINDS.has(kind) && lateDays > MAX_DAYS_LATE_FOR_TIMELY
    ? null
    : new Date(candidate).toISOString();
}

function isThanks(kind: MessageKind): boolean {
  return ANSWER_KINDS.has(kind);
}

/** What stays of someone's history once they answered: everything but pending moot drafts. */
function notNudge(touch: PastTouch): boolean {
  return !MOOT_AFTER_AN_ANSWER.includes(touch.kind) || touch.state !== "pending";
}

/** Nudges sent since the person last wrote: only what went out counts, not what is planned. */
export function unansweredSent(history: readonly PastTouch[], lastReplyAt: string | null): number {
  return history.filter(
    (t) =>
      t.state === "sent" &&
      isNudge(t.kind, t.channel) &&
      (lastReplyAt === null || t.dueAt > lastReplyAt),
  ).length;
}

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(iso) + days * DAY_MS).toISOString();
}
