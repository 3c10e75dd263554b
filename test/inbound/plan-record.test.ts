import { describe, expect, it } from "vitest";
import type { ExtractedContact } from "../../schemas/understanding.ts";
import type { Contact } from "../../src/domain/contact.ts";
import { mergeContacts } from "../../src/inbound/plan-record.ts";
import { aContact } from "../support/contacts.ts";

const stored = (over: Partial<Contact>): Contact => aContact({ id: "existing", ...over });

const person = (over: Partial<ExtractedContact>): ExtractedContact => ({
  name: "Maya Ortiz",
  email: null,
  kind: "interviewer",
  note: "",
  warm: false,
  ...over,
});

let n = 0;
const newId = () => `new-${++n}`;

describe("mergeContacts", () => {
  it.each([
    [
      "same email",
      stored({ email: "maya@x.example" }),
      person({ email: "maya@x.example", name: "M. Ortiz" }),
      "update",
    ],
    [
      "same name at the same company, address learned",
      stored({}),
      person({ email: "maya@x.example" }),
      "update",
    ],
    [
      "same name with accents folded",
      stored({ name: "Zoe Brandt" }),
      person({ name: "Zoë Brandt" }),
      "update",
    ],
    ["same name at another company", stored({ companyId: "co2" }), person({}), "create"],
    [
      "same name, two different addresses",
      stored({ email: "maya@a.example" }),
      person({ email: "maya@b.example" }),
      "create",
    ],
    ["a different person", stored({}), person({ name: "Sam Chen" }), "create"],
  ] as const)("%s → %s", (_label, existing, extracted, op) => {
    const writes = mergeContacts(
      [extracted],
      { company: null, contacts: [existing], replyFrom: null },
      "co1",
      newId,
    );
    expect(writes).toHaveLength(1);
    expect(writes[0]?.op).toBe(op);
  });

  it("fills what was missing and keeps what was known", () => {
    const [write] = mergeContacts(
      [
        person({
          email: "maya@x.example",
          kind: "hiring_manager",
          note: "great rapport",
          warm: true,
        }),
      ],
      { company: null, contacts: [stored({ notes: "asked about Rust" })], replyFrom: null },
      "co1",
      newId,
    );
    expect(write?.contact).toMatchObject({
      id: "existing",
      email: "maya@x.example",
      kind: "interviewer",
      notes: "asked about Rust\ngreat rapport",
      warm: true,
    });
  });

  it("writes one person named twice in one message once", () => {
    const writes = mergeContacts(
      [
        person({ email: "sam@x.example", name: "Sam Chen" }),
        person({ name: "Sam Chen", warm: true }),
      ],
      { company: null, contacts: [], replyFrom: null },
      "co1",
      newId,
    );
    expect(writes).toHaveLength(1);
    expect(writes[0]?.contact).toMatchObject({ email: "sam@x.example", warm: true });
  });
});
