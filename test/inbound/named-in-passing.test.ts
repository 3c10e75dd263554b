import { describe, expect, it } from "vitest";
import type { ExtractedContact } from "../../schemas/understanding.ts";
import {
  kindNamedInPassing,
  MAX_NAMED_IN_PASSING,
  type NamedInPassingInput,
  planNamedInPassing,
} from "../../src/inbound/named-in-passing.ts";
import { aContact } from "../support/contacts.ts";

// Every name below is invented for these tests.

const named = (name: string, extra: Partial<ExtractedContact> = {}): ExtractedContact => ({
  name,
  email: null,
  kind: "recruiter",
  note: "",
  warm: false,
  ...extra,
});

function plan(overrides: Partial<NamedInPassingInput>) {
  let n = 0;
  return planNamedInPassing({
    named: [],
    evidenced: [],
    known: [],
    companyId: "co-1",
    writerId: "writer-1",
    category: "rejection",
    interviewed: true,
    newId: () => `new-${++n}`,
    ...overrides,
  });
}

describe("planNamedInPassing", () => {
  it.each<[string, Partial<NamedInPassingInput>, (string | null)[], string[]]>([
    ["a new name: stored pending", { named: [named("Liesel")] }, ["Liesel"], []],
    [
      "a name the message also gives evidence for: no question",
      { named: [named("Anouk")], evidenced: [named("Anouk Verbeek", { email: "a@x.example" })] },
      [],
      [],
    ],
    [
      "a known contact at that company: only linked",
      {
        named: [named("Bruno")],
        known: [aContact({ id: "k-1", name: "Bruno Castelli", companyId: "co-1" })],
      },
      [],
      ["k-1"],
    ],
    [
      "a namesake at another company: asked about",
      {
        named: [named("Bruno")],
        known: [aContact({ id: "k-1", name: "Bruno Castelli", companyId: "co-2" })],
      },
      ["Bruno"],
      [],
    ],
    [
      "the same person twice: once",
      { named: [named("Catarina"), named("Catarina Lobo")] },
      ["Catarina"],
      [],
    ],
    [
      "more than a message may ask about: the first few",
      { named: ["Ada", "Ben", "Cleo", "Dario", "Elif"].map((n) => named(n)) },
      ["Ada", "Ben", "Cleo", "Dario", "Elif"].slice(0, MAX_NAMED_IN_PASSING),
      [],
    ],
  ])("%s", (_label, input, created, linked) => {
    const { writes, linkedOnly } = plan(input);
    expect(writes.map((w) => w.contact.name)).toEqual(created);
    expect(linkedOnly.map((c) => c.id)).toEqual(linked);
    for (const w of writes) {
      expect(w).toMatchObject({ op: "create", namedInPassing: true, introducedBy: "writer-1" });
      expect(w.contact).toMatchObject({ pending: true, email: null, companyId: "co-1" });
    }
  });
});

describe("kindNamedInPassing", () => {
  it.each<[string, ExtractedContact, NamedInPassingInput["category"], boolean, string]>([
    ["no title, a rejection after an interview", named("Liesel"), "rejection", true, "interviewer"],
    ["no title, feedback after an interview", named("Liesel"), "feedback", true, "interviewer"],
    [
      "no title, kept on file after an interview",
      named("Liesel"),
      "keep_on_file",
      true,
      "interviewer",
    ],
    ["no title, no interview", named("Liesel"), "rejection", false, "recruiter"],
    ["no title, an offer", named("Liesel"), "offer", true, "recruiter"],
    [
      "a title says the part",
      named("Liesel", { title: "Head of Data", kind: "hiring_manager" }),
      "rejection",
      true,
      "hiring_manager",
    ],
  ])("%s", (_label, person, category, interviewed, kind) => {
    expect(kindNamedInPassing(person, category, interviewed)).toBe(kind);
  });
});
