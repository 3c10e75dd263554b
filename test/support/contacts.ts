import type { Contact } from "../../src/domain/contact.ts";

/** A stored contact at company co1, with whatever the test changes. */
export function aContact(over: Partial<Contact> = {}): Contact {
  return {
    id: "c1",
    companyId: "co1",
    name: "Maya Ortiz",
    email: null,
    title: null,
    kind: "interviewer",
    notes: "",
    warm: false,
    doNotContact: false,
    linkedinUrl: null,
    ...over,
  };
}
