import { describe, expect, it } from "vitest";
import { genderOf } from "../../src/drafts/salutation.ts";

describe("genderOf: a title before the name", () => {
  it.each([
    ["Frau Weiß", { first: "Anna", last: "Weiß" }, "de", "female"],
    ["Ich habe mit Frau Anna Weiß gesprochen.", { first: "Anna", last: "Weiß" }, "de", "female"],
    ["frau  weiß hat geantwortet", { first: null, last: "Weiß" }, "de", "female"],
    ["Herrn Müller danken", { first: "Jonas", last: "Müller" }, "de", "male"],
    ["Mme Durand et M. Petit", { first: "Claire", last: "Petit" }, "fr", "male"],
    ["Mme Durand et M. Petit", { first: "Claire", last: "Durand" }, "fr", "female"],
    ["Sr. Gómez nos escribió", { first: "Luis", last: "Gómez" }, "es", "male"],
    ["Sig.ra Rossi", { first: "Andrea", last: "Rossi" }, "it", "female"],
    ["Mr.\tChen and Ms. Ortiz", { first: "Maya", last: "Ortiz" }, "en", "female"],
    ["Ms. Ortiz-Lee", { first: "Kim", last: "Ortiz" }, "en", "female"],
    ["Ms. Ortizlee", { first: "Kim", last: "Ortiz" }, "en", null],
    ["Herr Weißmann", { first: "Kim", last: "Weiß" }, "de", null],
    ["DearMr. Chen", { first: "Kim", last: "Chen" }, "en", null],
    ["XMr. Chen", { first: "Kim", last: "Chen" }, "en", null],
    ["Mr. Sam Chen", { first: "Sam", last: "Chen" }, "en", "male"],
    ["Mr. Samuel Chen", { first: "Kim", last: "Chen" }, "en", null],
    ["Frau Frau Weiß", { first: "Kim", last: "Weiß" }, "de", "female"],
    ["no title at all for Weiß", { first: "Kim", last: "Weiß" }, "de", null],
  ] as const)("%s, %o -> %s", (cues, name, language, expected) => {
    expect(genderOf(name, cues, language)).toBe(expected);
  });

  it("falls back to a first name that leaves no doubt when no title says so", () => {
    expect(genderOf({ first: "Maya", last: "Ortiz" }, "Thanks, Maya", "en")).toBe("female");
    expect(genderOf({ first: "Andrea", last: null }, "", "it")).toBe("male");
  });
});
