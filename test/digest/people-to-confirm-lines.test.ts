import { describe, expect, it } from "vitest";
import {
  composeDigest,
  describePersonToConfirm,
  type PersonToConfirmItem,
} from "../../src/digest/compose-digest.ts";
import { renderHtml } from "../../src/digest/render-html.ts";
import type { PersonToConfirm } from "../../src/domain/digest-data.ts";
import { SAMPLE_DIGEST_DATA } from "./sample-digest-data.ts";

// Every name below is invented for these tests.

const item = (p: Partial<PersonToConfirmItem>): PersonToConfirmItem => ({
  number: 8,
  contactId: "c-1",
  name: "Liesel",
  email: null,
  introducedBy: null,
  namedInPassing: false,
  company: null,
  ...p,
});

describe("a person to confirm, on one line", () => {
  it.each<[string, Partial<PersonToConfirmItem>, string]>([
    [
      "introduced by a contact's mail",
      { name: "Lena Brandt", email: "lena@kiefer.example", introducedBy: "Maya Ruiz" },
      "8. Lena Brandt <lena@kiefer.example>, introduced by Maya Ruiz's email",
    ],
    [
      "named in passing in a contact's email about a company",
      { namedInPassing: true, introducedBy: "Selma Okonkwo", company: "Quillfern Analytics" },
      "8. Liesel, named in Selma Okonkwo's email about Quillfern Analytics",
    ],
    [
      "named in passing in an email no contact wrote",
      { namedInPassing: true, company: "Quillfern Analytics" },
      "8. Liesel, named in an email about Quillfern Analytics",
    ],
    [
      "named in passing, no company known",
      { namedInPassing: true, introducedBy: "Selma Okonkwo" },
      "8. Liesel, named in Selma Okonkwo's email",
    ],
  ])("%s", (_label, p, line) => {
    expect(describePersonToConfirm(item(p))).toBe(line);
  });
});

describe("why the digest asks", () => {
  const introduced: PersonToConfirm = {
    contactId: "c-lena",
    name: "Lena Brandt",
    email: "lena@kiefer.example",
    introducedBy: "Maya Ruiz",
  };
  const inPassing: PersonToConfirm = {
    contactId: "c-liesel",
    name: "Liesel",
    email: null,
    introducedBy: "Selma Okonkwo",
    namedInPassing: true,
    company: "Quillfern <Analytics>",
  };
  const intro = (people: PersonToConfirm[]) => {
    const digest = composeDigest({ ...SAMPLE_DIGEST_DATA, peopleToConfirm: people });
    return digest?.sections.find((s) => s.id === "confirm")?.intro ?? "";
  };

  it.each<[string, PersonToConfirm[], RegExp, RegExp | null]>([
    ["only introductions", [introduced], /anyone can forge/, /in passing/],
    ["only names in passing", [inPassing], /only named them in passing/, /forge/],
    ["both", [introduced, inPassing], /forge.*in passing/, null],
  ])("%s", (_label, people, says, never) => {
    expect(intro(people)).toMatch(says);
    if (never) expect(intro(people)).not.toMatch(never);
  });

  it("escapes the company in the HTML card", () => {
    const digest = composeDigest({ ...SAMPLE_DIGEST_DATA, peopleToConfirm: [inPassing] });
    if (!digest) throw new Error("no digest");
    const html = renderHtml(digest);
    expect(html).toContain("Named in Selma Okonkwo&#39;s email about Quillfern &lt;Analytics&gt;");
    expect(html).not.toContain("<Analytics>");
  });
});
