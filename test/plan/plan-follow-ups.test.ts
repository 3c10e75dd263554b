import { describe, expect, it } from "vitest";
import type { Contact } from "../../src/domain/contact.ts";
import {
  type PastTouch,
  type PlanningEvent,
  type PlanningPerson,
  planFollowUps,
} from "../../src/plan/plan-follow-ups.ts";
import { aContact } from "../support/contacts.ts";

const NOW = "2026-11-02T09:00:00.000Z";
const inDays = (days: number) => new Date(Date.parse(NOW) + days * 86_400_000).toISOString();

function person(
  id: string,
  over: Partial<Contact> = {},
  extra: Partial<Omit<PlanningPerson, "contact">> = {},
): PlanningPerson {
  return {
    contact: aContact({ id, name: id, email: `${id}@northwind.example`, ...over }),
    role: over.kind ?? "interviewer",
    isSender: false,
    touches: [],
    lastReplyAt: null,
    ...extra,
  };
}

const maya = (over: Partial<Contact> = {}, extra: Partial<PlanningPerson> = {}) =>
  person("maya", { kind: "hiring_manager", ...over }, { isSender: true, ...extra });

function event(over: Partial<PlanningEvent>): PlanningEvent {
  return {
    receivedAt: NOW,
    category: "rejection",
    reason: "other_candidate",
    people: [maya()],
    companyFeedbackRequested: false,
    returnDate: null,
    prefersCalling: false,
    ...over,
  };
}

/** "kind→contact@+days" for each planned draft, in order, so tables read like a plan. */
const summary = (e: PlanningEvent) =>
  planFollowUps(e).drafts.map(
    (d) =>
      `${d.kind}→${d.contactId}@+${Math.round((Date.parse(d.dueAt) - Date.parse(NOW)) / 86_400_000)}`,
  );

const touch = (
  kind: PastTouch["kind"],
  days: number,
  state: PastTouch["state"] = "sent",
): PastTouch => ({
  kind,
  channel: kind === "linkedin_note" ? "linkedin" : "email",
  dueAt: inDays(days),
  state,
});

describe("planFollowUps: which drafts each kind of message leads to", () => {
  it.each([
    [
      "another candidate chosen: feedback request to the decision maker, LinkedIn notes, 90-day check-in",
      event({ people: [maya(), person("sam")] }),
      [
        "feedback_request→maya@+0",
        "linkedin_note→maya@+1",
        "linkedin_note→sam@+1",
        "check_in_90_day→maya@+90",
      ],
    ],
    [
      "a generic rejection is treated the same way",
      event({ reason: "generic" }),
      ["feedback_request→maya@+0", "linkedin_note→maya@+1", "check_in_90_day→maya@+90"],
    ],
    [
      "a warm interviewer gets a separate thank-you and, later, a referral request",
      event({ people: [maya(), person("sam", { warm: true })] }),
      [
        "feedback_request→maya@+0",
        "appreciation→sam@+0",
        "linkedin_note→maya@+1",
        "linkedin_note→sam@+1",
        "referral_request→sam@+30",
        "check_in_90_day→maya@+90",
      ],
    ],
    [
      "search on hold: thanks, then a check-back after six weeks",
      event({ reason: "on_hold" }),
      ["appreciation→maya@+0", "linkedin_note→maya@+1", "on_hold_check_back→maya@+42"],
    ],
    [
      "position closed: thanks, then stay in touch",
      event({ reason: "position_closed" }),
      ["appreciation→maya@+0", "linkedin_note→maya@+1", "stay_in_touch→maya@+60"],
    ],
    [
      "not a fit for the role: thanks plus which roles would fit",
      event({ reason: "not_a_fit_for_role" }),
      ["role_fit_question→maya@+0", "linkedin_note→maya@+1"],
    ],
    [
      "keep on file: take them up on it, stay in touch later",
      event({ category: "keep_on_file", reason: null }),
      ["linkedin_note→maya@+1", "keep_on_file_follow_up→maya@+1", "stay_in_touch→maya@+60"],
    ],
    [
      "a recruiter sender with no hiring manager is the decision maker",
      event({ people: [person("rita", { kind: "recruiter" }, { isSender: true })] }),
      ["feedback_request→rita@+0", "linkedin_note→rita@+1", "check_in_90_day→rita@+90"],
    ],
    [
      "feedback reply: a thank-you now and a networking ask a month later",
      event({ category: "feedback", reason: null }),
      ["thanks_for_feedback→maya@+0", "networking_meeting→maya@+30"],
    ],
    [
      "referral offer: thank the referrer, introduce yourself to the person referred",
      event({
        category: "referral_offer",
        reason: null,
        people: [maya(), person("lena", { kind: "referral", companyId: "co2" })],
      }),
      ["thanks_for_referral→maya@+0", "introduction→lena@+1"],
    ],
    [
      "an interview invitation needs no follow-up",
      event({ category: "interview_invite", reason: null }),
      [],
    ],
    ["an offer needs no follow-up", event({ category: "offer", reason: null }), []],
    ["other mail needs no follow-up", event({ category: "other", reason: null }), []],
  ])("%s", (_label, input, expected) => {
    expect(summary(input)).toEqual(expected);
  });
});

describe("planFollowUps: the limits", () => {
  it.each([
    [
      "no email draft for a contact without an address (LinkedIn still works)",
      event({ people: [maya({ email: null })] }),
      ["linkedin_note→maya@+1"],
    ],
    [
      "no feedback request to a no-reply sender",
      event({ people: [maya({ email: "no-reply@us.greenhouse-mail.io" })] }),
      ["linkedin_note→maya@+1"],
    ],
    ["never anyone marked do-not-contact", event({ people: [maya({ doNotContact: true })] }), []],
    [
      "at most one feedback request per company",
      event({ companyFeedbackRequested: true }),
      ["linkedin_note→maya@+1", "check_in_90_day→maya@+90"],
    ],
    [
      "one LinkedIn invitation per person, ever",
      event({ people: [maya({}, { touches: [touch("linkedin_note", -40)] })] }),
      ["feedback_request→maya@+0", "check_in_90_day→maya@+90"],
    ],
    [
      "never more than one touch per 30 days: a check-back waits for the spacing",
      event({
        reason: "on_hold",
        people: [
          maya({}, { touches: [touch("stay_in_touch", 20, "pending")], lastReplyAt: inDays(-1) }),
        ],
      }),
      ["linkedin_note→maya@+1", "on_hold_check_back→maya@+50"],
    ],
    [
      "a thank-you that spacing would make late is dropped, not sent late",
      event({ reason: "on_hold", people: [maya({}, { touches: [touch("stay_in_touch", -5)] })] }),
      ["linkedin_note→maya@+1", "on_hold_check_back→maya@+42"],
    ],
    [
      "stop nudging after two unanswered touches",
      event({
        people: [maya({}, { touches: [touch("appreciation", -100), touch("stay_in_touch", -60)] })],
      }),
      ["linkedin_note→maya@+1"],
    ],
    [
      "a reply resets the silence count",
      event({
        people: [
          maya(
            {},
            {
              touches: [touch("appreciation", -100), touch("stay_in_touch", -60)],
              lastReplyAt: inDays(-50),
            },
          ),
        ],
      }),
      ["feedback_request→maya@+0", "linkedin_note→maya@+1", "check_in_90_day→maya@+90"],
    ],
    [
      "thanks for feedback is never held back by spacing",
      event({
        category: "feedback",
        reason: null,
        people: [maya({}, { touches: [touch("feedback_request", -3)] })],
      }),
      ["thanks_for_feedback→maya@+0", "networking_meeting→maya@+30"],
    ],
    [
      "a user who prefers calling gets a call script instead of an email thank-you",
      event({ reason: "on_hold", prefersCalling: true }),
      ["call_script→maya@+0", "linkedin_note→maya@+1", "call_script→maya@+42"],
    ],
  ])("%s", (_label, input, expected) => {
    expect(summary(input)).toEqual(expected);
  });

  it("supersedes the pending nudges of someone who answered, and marks them warm", () => {
    const plan = planFollowUps(event({ category: "feedback", reason: null }));
    expect(plan.supersedeNudgesFor).toEqual(["maya"]);
    expect(plan.warm).toEqual(["maya"]);
  });

  it("postpones the drafts of someone who is out of office until they are back", () => {
    const plan = planFollowUps(
      event({ category: "auto_reply", reason: null, returnDate: "2026-11-16T00:00:00.000Z" }),
    );
    expect(plan.drafts).toEqual([]);
    expect(plan.postpone).toEqual([{ contactId: "maya", until: "2026-11-17T00:00:00.000Z" }]);
  });

  it("gives two people at one company different wordings", () => {
    const plan = planFollowUps(event({ people: [maya(), person("sam")] }));
    const notes = plan.drafts.filter((d) => d.kind === "linkedin_note");
    expect(notes[0]?.variant).not.toBe(notes[1]?.variant);
  });
});

describe("planFollowUps: the decision maker", () => {
  it("falls back to the sender when the hiring manager's address is unknown", () => {
    const omar = person("omar", { kind: "hiring_manager", email: null });
    const grace = person("grace", { kind: "recruiter" }, { isSender: true });
    expect(summary(event({ reason: "on_hold", people: [omar, grace] }))).toEqual([
      "appreciation→grace@+0",
      "linkedin_note→omar@+1",
      "linkedin_note→grace@+1",
      "on_hold_check_back→grace@+42",
    ]);
  });
});
