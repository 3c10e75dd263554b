import type { Category, ContactKind, RejectionReason } from "../../schemas/understanding.ts";
import type { Contact } from "../domain/contact.ts";
import {
  type Channel,
  channelOf,
  MESSAGE_KIND_NAMES,
  type MessageKind,
} from "../drafts/message-kinds.ts";
import { isRobotAddress } from "../understand/robot-address.ts";
import { type Audience, FOLLOW_UP_RULES, type FollowUpRule } from "./follow-up-rules.ts";

const DAY_MS = 24 * 60 * 60 * 1000;
/** Never more than about once a month to the same person (PRODUCT.md, advice 6). */
export const MIN_DAYS_BETWEEN_TOUCHES = 30;
/** Stop nudging someone after two touches they did not answer (PRODUCT.md, advice 6). */
export const MAX_UNANSWERED_TOUCHES = 2;
/** A timely message (a thank-you) pushed back further than this is dropped, not sent late. */
const MAX_DAYS_LATE_FOR_TIMELY = 7;

/** Answers to what someone did; they are not unsolicited touches and are never spaced out. */
const RESPONSIVE_KINDS: ReadonlySet<MessageKind> = new Set([
  "thanks_for_feedback",
  "thanks_for_referral",
]);
/** Worth sending only soon after the event that prompted them. */
const TIMELY_KINDS: ReadonlySet<MessageKind> = new Set([
  "appreciation",
  "feedback_request",
  "role_fit_question",
  "keep_on_file_follow_up",
  "thanks_for_feedback",
  "thanks_for_referral",
  "introduction",
  "linkedin_note",
]);
/** Kinds a call script can stand in for, when the user prefers the phone (advice 9). */
const CALLABLE_KINDS: ReadonlySet<MessageKind> = new Set([
  "appreciation",
  "check_in_90_day",
  "on_hold_check_back",
  "stay_in_touch",
]);

export type DraftState =
  | "pending"
  | "approved"
  | "sending"
  | "sent"
  | "failed"
  | "unknown"
  | "skipped"
  | "superseded";

/** A draft already made for a person, as far as planning cares. */
export interface PastTouch {
  kind: MessageKind;
  channel: Channel;
  dueAt: string;
  state: DraftState;
}

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
}

export interface PlannedDraft {
  contactId: string;
  kind: MessageKind;
  /** For a call script: the message it stands in for. */
  purpose: MessageKind | null;
  channel: Channel;
  rule: string;
  dueAt: string;
  /** Which wording variant, so two people at one company don't get the same text. */
  variant: number;
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
  const answered = event.category === "feedback" || event.category === "referral_offer";
  const warm = answered && sender ? [sender.contact.id] : [];
  const people = event.people.map((p) =>
    warm.includes(p.contact.id) ? { ...p, contact: { ...p.contact, warm: true } } : p,
  );
  const candidates = FOLLOW_UP_RULES.filter((rule) => applies(rule, event))
    .flatMap((rule) => audienceOf(rule.audience, people).map((person) => ({ rule, person })))
    .sort((a, b) => a.rule.afterDays - b.rule.afterDays);

  const drafts: PlannedDraft[] = [];
  const planned = new Map<string, PastTouch[]>();
  let feedbackRequested = event.companyFeedbackRequested;
  for (const { rule, person } of candidates) {
    const callable = event.prefersCalling && CALLABLE_KINDS.has(rule.kind);
    const kind: MessageKind = callable ? "call_script" : rule.kind;
    const channel = channelOf(kind);
    const contact = person.contact;
    if (contact.doNotContact) continue;
    if (channel === "email" && (!contact.email || isRobotAddress(contact.email))) continue;
    if (rule.kind === "feedback_request" && feedbackRequested) continue;
    // After an answer, the nudges already in the past are moot; count only what stays.
    const history = [
      ...(answered && person.isSender ? person.touches.filter(notNudge) : person.touches),
      ...(planned.get(contact.id) ?? []),
    ].filter((t) => t.state !== "skipped" && t.state !== "superseded");
    // One LinkedIn invitation per person, ever.
    if (kind === "linkedin_note" && history.some((t) => t.kind === kind)) continue;
    const desired = addDays(event.receivedAt, rule.afterDays);
    const dueAt = spacedDueDate(kind, channel, desired, history);
    if (dueAt === null) continue;
    const lastReplyAt = answered && person.isSender ? event.receivedAt : person.lastReplyAt;
    if (isNudge(kind, channel) && unanswered(history, lastReplyAt) >= MAX_UNANSWERED_TOUCHES) {
      continue;
    }
    if (rule.kind === "feedback_request") feedbackRequested = true;
    const draft: PlannedDraft = {
      contactId: contact.id,
      kind,
      purpose: callable ? rule.kind : null,
      channel,
      rule: rule.id,
      dueAt,
      variant: variantFor(contact.companyId ?? contact.id, people.indexOf(person)),
    };
    drafts.push(draft);
    planned.set(contact.id, [
      ...(planned.get(contact.id) ?? []),
      { kind, channel, dueAt, state: "pending" },
    ]);
  }
  return {
    drafts,
    supersedeNudgesFor: answered && sender ? [sender.contact.id] : [],
    postpone: [],
    warm,
  };
}

function applies(rule: FollowUpRule, event: PlanningEvent): boolean {
  if (!rule.categories.includes(event.category)) return false;
  if (event.category !== "rejection" || rule.reasons.length === 0) return true;
  return event.reason !== null && rule.reasons.includes(event.reason);
}

/** Who a rule's audience is among the event's people. */
export function audienceOf(
  audience: Audience,
  people: readonly PlanningPerson[],
): PlanningPerson[] {
  const referred = (p: PlanningPerson) => p.role === "referral" && !p.isSender;
  const met = people.filter((p) => !referred(p));
  // The hiring manager decides; if we cannot write to them, whoever wrote to us speaks for them.
  const candidates = [
    met.find((p) => p.role === "hiring_manager"),
    met.find((p) => p.isSender),
    met.find((p) => p.contact.email !== null),
  ].filter((p): p is PlanningPerson => p !== undefined);
  const decisionMaker =
    candidates.find((p) => p.contact.email !== null && !p.contact.doNotContact) ??
    candidates[0] ??
    null;
  switch (audience) {
    case "decision_maker":
      return decisionMaker ? [decisionMaker] : [];
    case "warm_others":
      return met.filter((p) => p.contact.warm && p !== decisionMaker);
    case "everyone":
      return met;
    case "warm_everyone":
      return met.filter((p) => p.contact.warm);
    case "sender":
      return met.filter((p) => p.isSender);
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
  const last = history
    .filter((t) => isSpaced(t.kind, t.channel))
    .map((t) => t.dueAt)
    .sort()
    .at(-1);
  if (!last) return desired;
  const earliest = addDays(last, MIN_DAYS_BETWEEN_TOUCHES);
  if (earliest <= desired) return desired;
  const lateDays = (Date.parse(earliest) - Date.parse(desired)) / DAY_MS;
  return TIMELY_KINDS.has(kind) && lateDays > MAX_DAYS_LATE_FOR_TIMELY ? null : earliest;
}

/** Email and calls are touches; a LinkedIn invitation is a one-off on another channel. */
function isSpaced(kind: MessageKind, channel: Channel): boolean {
  return channel !== "linkedin" && !RESPONSIVE_KINDS.has(kind);
}

function isNudge(kind: MessageKind, channel: Channel): boolean {
  return isSpaced(kind, channel);
}

/** Kinds that chase someone; an answer from them makes pending ones moot. */
export const NUDGE_KINDS: readonly MessageKind[] = MESSAGE_KIND_NAMES.filter((kind) =>
  isNudge(kind, channelOf(kind)),
);

function notNudge(touch: PastTouch): boolean {
  return !isNudge(touch.kind, touch.channel) || touch.state === "sent";
}

/** Touches since the person last wrote, counting those already planned. */
function unanswered(history: readonly PastTouch[], lastReplyAt: string | null): number {
  return history.filter(
    (t) => isNudge(t.kind, t.channel) && (lastReplyAt === null || t.dueAt > lastReplyAt),
  ).length;
}

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(iso) + days * DAY_MS).toISOString();
}

/** People in one event get consecutive variants, so colleagues never get the same wording. */
function variantFor(companyId: string, position: number): number {
  let hash = 0;
  for (const char of companyId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return (hash % 7) + position;
}
