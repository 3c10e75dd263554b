import { describe, expect, it } from "vitest";
import { CATEGORIES, REJECTION_REASONS } from "../../schemas/understanding.ts";
import type { Contact } from "../../src/domain/contact.ts";
import type { MessageKind } from "../../src/domain/message-kind.ts";
import type { PastTouch } from "../../src/domain/touch.ts";
import {
  type PlanningEvent,
  type PlanningPerson,
  planFollowUps,
  readsStatedDate,
} from "../../src/plan/plan-follow-ups.ts";
import { findStatedDate } from "../../src/plan/stated-timing.ts";
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
    interviewed: true,
    ...over,
  };
}

const daysFrom = (iso: string) => Math.round((Date.parse(iso) - Date.parse(NOW)) / 86_400_000);

/** "kind→contact@+days" for each planned draft, in order, so tables read like a plan. */
const summary = (e: PlanningEvent) =>
  planFollowUps(e).drafts.map(
    (d) => `${d.kind}${d.purpose ? `(${d.purpose})` : ""}→${d.contactId}@+${daysFrom(d.dueAt)}`,
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

/** The whole year after a rejection, for a decision maker who wrote and was met. */
const YEAR = ["stay_in_touch→maya@+180", "pass_on_lead→maya@+270", "stay_in_touch→maya@+365"];

describe("planFollowUps: every rejection reason, for a warm and a not-warm decision maker", () => {
  it.each([
    [
      "other_candidate",
      false,
      ["feedback_request→maya@+0", "linkedin_note→maya@+3", "check_in_90_day→maya@+90", ...YEAR],
    ],
    [
      "other_candidate",
      true,
      [
        "feedback_request→maya@+0",
        "linkedin_note→maya@+3",
        "referral_request→maya@+10",
        "networking_meeting→maya@+45",
        "check_in_90_day→maya@+90",
        ...YEAR,
      ],
    ],
    [
      "generic",
      false,
      ["feedback_request→maya@+0", "linkedin_note→maya@+3", "check_in_90_day→maya@+90", ...YEAR],
    ],
    [
      "generic",
      true,
      [
        "feedback_request→maya@+0",
        "linkedin_note→maya@+3",
        "referral_request→maya@+10",
        "networking_meeting→maya@+45",
        "check_in_90_day→maya@+90",
        ...YEAR,
      ],
    ],
    [
      "on_hold",
      false,
      ["appreciation→maya@+0", "linkedin_note→maya@+3", "on_hold_check_back→maya@+42", ...YEAR],
    ],
    [
      "on_hold",
      true,
      [
        "appreciation→maya@+0",
        "linkedin_note→maya@+3",
        "referral_request→maya@+10",
        "on_hold_check_back→maya@+42",
        // The check-back keeps its date; the conversation waits a month after it.
        "networking_meeting→maya@+72",
        ...YEAR,
      ],
    ],
    [
      "position_closed",
      false,
      ["appreciation→maya@+0", "linkedin_note→maya@+3", "stay_in_touch→maya@+60", ...YEAR],
    ],
    [
      "position_closed",
      true,
      [
        "appreciation→maya@+0",
        "linkedin_note→maya@+3",
        "referral_request→maya@+10",
        "networking_meeting→maya@+45",
        "stay_in_touch→maya@+75",
        ...YEAR,
      ],
    ],
    [
      "not_a_fit_for_role",
      false,
      ["role_fit_question→maya@+0", "linkedin_note→maya@+3", "check_in_90_day→maya@+90", ...YEAR],
    ],
    [
      "not_a_fit_for_role",
      true,
      [
        "role_fit_question→maya@+0",
        "linkedin_note→maya@+3",
        "referral_request→maya@+10",
        "networking_meeting→maya@+45",
        "check_in_90_day→maya@+90",
        ...YEAR,
      ],
    ],
  ] as const)("%s, warm %s", (reason, warm, expected) => {
    expect(summary(event({ reason, people: [maya({ warm })] }))).toEqual(expected);
  });

  it("covers every rejection reason", () => {
    expect(new Set(REJECTION_REASONS)).toEqual(
      new Set(["other_candidate", "generic", "on_hold", "position_closed", "not_a_fit_for_role"]),
    );
  });
});

describe("planFollowUps: true to who wrote and who was met", () => {
  const rita = person("rita", { kind: "recruiter" }, { isSender: true });
  it.each([
    [
      "the recruiter who wrote gets the answer; the hiring manager the user got on with a thank-you for their time, then the asks",
      event({ people: [rita, person("omar", { kind: "hiring_manager", warm: true })] }),
      [
        "feedback_request→rita@+0",
        "appreciation→omar@+0",
        "linkedin_note→omar@+3",
        "referral_request→omar@+10",
        "networking_meeting→omar@+45",
        "check_in_90_day→omar@+90",
        "stay_in_touch→omar@+180",
        "pass_on_lead→omar@+270",
        "stay_in_touch→omar@+365",
      ],
    ],
    [
      "a form rejection with no interview: the hiring manager nobody met gets nothing, and no LinkedIn notes",
      event({ interviewed: false, people: [rita, person("omar", { kind: "hiring_manager" })] }),
      [
        "feedback_request→rita@+0",
        "check_in_90_day→rita@+90",
        "stay_in_touch→rita@+180",
        "pass_on_lead→rita@+270",
        "stay_in_touch→rita@+365",
      ],
    ],
    [
      "a warm interviewer gets a separate thank-you, a LinkedIn note and, while fresh, a reference ask",
      event({ people: [maya(), person("sam", { warm: true })] }),
      [
        "feedback_request→maya@+0",
        "appreciation→sam@+0",
        "linkedin_note→maya@+3",
        "linkedin_note→sam@+3",
        "referral_request→sam@+10",
        "check_in_90_day→maya@+90",
        ...YEAR,
      ],
    ],
    [
      "an interviewer the user did not get on with is thanked but not asked for favours",
      event({ people: [maya(), person("sam")] }),
      [
        "feedback_request→maya@+0",
        "appreciation→sam@+0",
        "linkedin_note→maya@+3",
        "linkedin_note→sam@+3",
        "check_in_90_day→maya@+90",
        ...YEAR,
      ],
    ],
  ])("%s", (_label, input, expected) => {
    expect(summary(input)).toEqual(expected);
  });

  it("marks the writer, and the LinkedIn notes of people thanked by email, so nobody is thanked twice", () => {
    const plan = planFollowUps(event({ people: [maya(), person("sam", { warm: true })] }));
    const byKey = new Map(plan.drafts.map((d) => [`${d.kind}→${d.contactId}`, d]));
    expect(byKey.get("feedback_request→maya")?.wrote).toBe(true);
    expect(byKey.get("appreciation→sam")?.wrote).toBe(false);
    expect(byKey.get("linkedin_note→maya")?.thanked).toBe(true);
    expect(byKey.get("linkedin_note→sam")?.thanked).toBe(true);
  });

  it("never thanks the same person twice for one message", () => {
    for (const reason of REJECTION_REASONS) {
      const plan = planFollowUps(
        event({ reason, people: [maya({ warm: true }), person("sam", { warm: true })] }),
      );
      for (const id of ["maya", "sam"]) {
        const thanks = plan.drafts.filter(
          (d) =>
            d.contactId === id &&
            ["appreciation", "feedback_request", "role_fit_question"].includes(d.kind),
        );
        expect(thanks.length).toBeLessThanOrEqual(1);
      }
    }
  });
});

describe("planFollowUps: the new kinds", () => {
  it.each([
    [
      "referral offer: thanks now, an introduction to the person referred, and a report-back three weeks on",
      event({
        category: "referral_offer",
        reason: null,
        people: [maya(), person("lena", { kind: "referral", companyId: "co2" })],
      }),
      ["thanks_for_referral→maya@+0", "introduction→lena@+1", "report_back→maya@+21"],
    ],
    [
      "someone who declines to help gets a gracious thanks-anyway, and nothing else",
      event({ category: "referral_offer", reason: null, declined: true }),
      ["thanks_anyway→maya@+0"],
    ],
    [
      "a reply declining to give feedback is thanked the same way",
      event({ category: "feedback", reason: null, declined: true }),
      ["thanks_anyway→maya@+0"],
    ],
    [
      "feedback: a thank-you now and a networking ask a month later",
      event({ category: "feedback", reason: null }),
      ["thanks_for_feedback→maya@+0", "networking_meeting→maya@+30"],
    ],
    [
      "a user who prefers calling gets the feedback request as a call script",
      event({ prefersCalling: true }),
      [
        "call_script(feedback_request)→maya@+0",
        "linkedin_note→maya@+3",
        "call_script(check_in_90_day)→maya@+90",
        "call_script(stay_in_touch)→maya@+180",
        "pass_on_lead→maya@+270",
        "call_script(stay_in_touch)→maya@+365",
      ],
    ],
    [
      "a year on the radar carries a lead to pass on, with a slot for the user to fill",
      event({ category: "keep_on_file", reason: null }),
      [
        "keep_on_file_follow_up→maya@+0",
        "linkedin_note→maya@+3",
        "check_in_90_day→maya@+90",
        ...YEAR,
      ],
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

  it("someone who declined is not made warm, and their pending nudges are superseded", () => {
    const plan = planFollowUps(event({ category: "other", reason: null, declined: true }));
    expect(plan.warm).toEqual([]);
    expect(plan.supersedeNudgesFor).toEqual(["maya"]);
  });
});

describe("planFollowUps: timing the employer or the user stated", () => {
  const stated = (text: string, language: string) => findStatedDate([text], language, NOW);
  it.each([
    [
      "pausing until Fall 2026 → a check-back then, not after six weeks",
      "on_hold",
      stated("We're pausing the search until Fall 2027.", "en"),
      [
        "appreciation→maya@+0",
        "linkedin_note→maya@+3",
        "stay_in_touch→maya@+180",
        "pass_on_lead→maya@+270",
        "on_hold_check_back→maya@+303",
        "stay_in_touch→maya@+365",
      ],
    ],
    [
      "get back in touch in a year → the check-in then; the stay-in-touch note that would crowd it gives way",
      "other_candidate",
      stated("Feel free to get back in touch in a year.", "en"),
      [
        "feedback_request→maya@+0",
        "linkedin_note→maya@+3",
        "stay_in_touch→maya@+180",
        "pass_on_lead→maya@+270",
        "check_in_90_day→maya@+365",
      ],
    ],
    [
      "melden Sie sich gern in einem Jahr → the check-in in a year",
      "generic",
      stated("Melden Sie sich gern in einem Jahr wieder bei uns.", "de"),
      [
        "feedback_request→maya@+0",
        "linkedin_note→maya@+3",
        "stay_in_touch→maya@+180",
        "pass_on_lead→maya@+270",
        "check_in_90_day→maya@+365",
      ],
    ],
    [
      "wir stellen ab Herbst wieder ein → a closed role gets a check-back in the autumn",
      "position_closed",
      stated("Die Stelle ist gestrichen, wir stellen ab Herbst wieder ein.", "de"),
      [
        "appreciation→maya@+0",
        "linkedin_note→maya@+3",
        "stay_in_touch→maya@+60",
        "stay_in_touch→maya@+180",
        "pass_on_lead→maya@+270",
        "on_hold_check_back→maya@+303",
        "stay_in_touch→maya@+365",
      ],
    ],
    [
      "dans six mois → the check-in in six months",
      "other_candidate",
      stated("N'hésitez pas à nous recontacter dans six mois.", "fr"),
      [
        "feedback_request→maya@+0",
        "linkedin_note→maya@+3",
        "check_in_90_day→maya@+181",
        "pass_on_lead→maya@+270",
        "stay_in_touch→maya@+365",
      ],
    ],
    [
      "in a few weeks, on a hiring freeze → the check-back in three weeks",
      "on_hold",
      stated("Hiring freeze for now; worth checking back in a few weeks.", "en"),
      ["appreciation→maya@+0", "linkedin_note→maya@+3", "on_hold_check_back→maya@+21", ...YEAR],
    ],
  ] as const)("%s", (_label, reason, statedDate, expected) => {
    expect(statedDate).not.toBeNull();
    expect(summary(event({ reason, statedDate }))).toEqual(expected);
  });

  it("ignores a stated date too close to plan around", () => {
    expect(summary(event({ statedDate: inDays(5) }))).toEqual(summary(event({})));
  });

  // followUpsForMessage reads the date only where readsStatedDate says a rule can use it.
  it.each(
    CATEGORIES.flatMap((category) =>
      [null, ...REJECTION_REASONS].map((reason) => [category, reason] as const),
    ),
  )(
    "on %s (%s), a stated date changes the plan only where readsStatedDate says so",
    (category, reason) => {
      const plans = [null, inDays(60), inDays(200), inDays(400)].map((statedDate) =>
        planFollowUps(event({ category, reason, statedDate, returnDate: inDays(7) })),
      );
      if (!readsStatedDate(category)) for (const plan of plans) expect(plan).toEqual(plans[0]);
    },
  );

  it("reads a stated date after a rejection or a keep-on-file, not after an invitation", () => {
    expect(CATEGORIES.filter(readsStatedDate)).toEqual(["rejection", "keep_on_file"]);
  });
});

describe("planFollowUps: the limits", () => {
  it.each([
    [
      "no email draft for a contact without an address (LinkedIn still works)",
      event({ people: [maya({ email: null })] }),
      ["linkedin_note→maya@+3"],
    ],
    [
      "no email to a no-reply sender",
      event({ people: [maya({ email: "no-reply@us.greenhouse-mail.io" })] }),
      ["linkedin_note→maya@+3"],
    ],
    ["never anyone marked do-not-contact", event({ people: [maya({ doNotContact: true })] }), []],
    [
      "at most one feedback request per company: whoever wrote is still thanked",
      event({ companyFeedbackRequested: true }),
      ["appreciation→maya@+0", "linkedin_note→maya@+3", "check_in_90_day→maya@+90", ...YEAR],
    ],
    [
      "one LinkedIn invitation per person, ever",
      event({ people: [maya({}, { touches: [touch("linkedin_note", -40)] })] }),
      ["feedback_request→maya@+0", "check_in_90_day→maya@+90", ...YEAR],
    ],
    [
      "stop nudging after two sent touches went unanswered",
      event({
        people: [
          maya({}, { touches: [touch("check_in_90_day", -100), touch("stay_in_touch", -60)] }),
        ],
      }),
      ["feedback_request→maya@+0", "linkedin_note→maya@+3"],
    ],
    [
      "planned but unsent touches never count as unanswered: nothing later is dropped",
      event({
        people: [
          maya(
            {},
            {
              touches: [
                touch("check_in_90_day", 40, "pending"),
                touch("stay_in_touch", 130, "pending"),
              ],
            },
          ),
        ],
      }),
      [
        "feedback_request→maya@+0",
        "linkedin_note→maya@+3",
        "check_in_90_day→maya@+90",
        "stay_in_touch→maya@+180",
        "pass_on_lead→maya@+270",
        "stay_in_touch→maya@+365",
      ],
    ],
    [
      "a reply resets the silence count",
      event({
        people: [
          maya(
            {},
            {
              touches: [touch("check_in_90_day", -100), touch("stay_in_touch", -60)],
              lastReplyAt: inDays(-50),
            },
          ),
        ],
      }),
      ["feedback_request→maya@+0", "linkedin_note→maya@+3", "check_in_90_day→maya@+90", ...YEAR],
    ],
    [
      "a touch sent 20 days ago pushes the first unprompted one to a month after it",
      event({
        reason: "on_hold",
        people: [
          maya({}, { touches: [touch("stay_in_touch", 20, "pending")], lastReplyAt: inDays(-1) }),
        ],
      }),
      ["appreciation→maya@+0", "linkedin_note→maya@+3", "on_hold_check_back→maya@+50", ...YEAR],
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
  ])("%s", (_label, input, expected) => {
    expect(summary(input)).toEqual(expected);
  });

  it("a thank-you is not dropped because a nudge is pending in three days: the nudge moves", () => {
    const plan = planFollowUps(
      event({ people: [maya({}, { touches: [touch("stay_in_touch", 3, "pending")] })] }),
    );
    expect(plan.drafts.map((d) => d.kind)).toContain("feedback_request");
    expect(plan.postpone).toEqual([{ contactId: "maya", until: inDays(7) }]);
  });

  it("a reference ask is not dropped because a check-in is pending: it waits a month after it", () => {
    const plan = summary(
      event({
        people: [maya({ warm: true }, { touches: [touch("check_in_90_day", 5, "pending")] })],
      }),
    );
    expect(plan).toContain("referral_request→maya@+35");
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
});

/** Unprompted kinds: the monthly limit counts these (answers to their own message are not). */
const UNPROMPTED: ReadonlySet<MessageKind> = new Set([
  "referral_request",
  "networking_meeting",
  "stay_in_touch",
  "pass_on_lead",
  "check_in_90_day",
  "on_hold_check_back",
  "introduction",
  "report_back",
]);

describe("planFollowUps: nobody gets more than one email a month", () => {
  const scenarios = REJECTION_REASONS.flatMap((reason) =>
    [false, true].flatMap((warm) =>
      [false, true].flatMap((calling) =>
        [null, inDays(60), inDays(200), inDays(365)].map((statedDate) => ({
          reason,
          warm,
          calling,
          statedDate,
        })),
      ),
    ),
  );
  it.each(scenarios)(
    "$reason, warm $warm, calling $calling, stated $statedDate",
    ({ reason, warm, calling, statedDate }) => {
      const earlier = [touch("check_in_90_day", -20), touch("linkedin_note", -200)];
      const plan = planFollowUps(
        event({
          reason,
          statedDate,
          prefersCalling: calling,
          people: [
            maya({ warm }, { touches: earlier }),
            person("sam", { warm: !warm }),
            person("rita", { kind: "recruiter" }),
          ],
        }),
      );
      const byPerson = new Map<string, { kind: MessageKind; day: number }[]>();
      for (const d of plan.drafts) {
        if (d.channel === "linkedin") continue;
        const kind = d.purpose ?? d.kind;
        byPerson.set(d.contactId, [
          ...(byPerson.get(d.contactId) ?? []),
          { kind, day: daysFrom(d.dueAt) },
        ]);
      }
      for (const [id, touches] of byPerson) {
        const history = id === "maya" ? [{ kind: "check_in_90_day" as const, day: -20 }] : [];
        const all = [...history, ...touches].sort((a, b) => a.day - b.day);
        const unprompted = all.filter((t) => UNPROMPTED.has(t.kind));
        for (let i = 1; i < unprompted.length; i++) {
          expect((unprompted[i]?.day ?? 0) - (unprompted[i - 1]?.day ?? 0)).toBeGreaterThanOrEqual(
            30,
          );
        }
        for (let i = 1; i < all.length; i++) {
          expect((all[i]?.day ?? 0) - (all[i - 1]?.day ?? 0)).toBeGreaterThanOrEqual(7);
        }
      }
      // The reference ask comes within two weeks of the thank-you, for the people the user got on with.
      for (const d of plan.drafts.filter((x) => x.kind === "referral_request")) {
        expect(daysFrom(d.dueAt)).toBeLessThanOrEqual(14);
      }
    },
  );
});
