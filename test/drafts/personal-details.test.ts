import { describe, expect, it } from "vitest";
import {
  companyName,
  firstNameOf,
  joinNames,
  rolePhrase,
  targetList,
  topicOf,
} from "../../src/drafts/personal-details.ts";

describe("firstNameOf", () => {
  it.each([
    ["Maya Ortiz", "Maya"],
    ["Ortiz, Maya", "Maya"],
    ["Dr. Maya Ortiz", "Maya"],
    ["Frau Zoë Brandt", "Zoë"],
    ["J. Robert Smith", "Robert"],
    ["Anna-Lena Schmidt", "Anna-Lena"],
    ["MAYA ORTIZ", "Maya"],
    ["maya ortiz", "Maya"],
    ["Seán O'Brien", "Seán"],
    ["Maximiliane Großkreutz-Oberhausen", "Maximiliane"],
    ["Recruiting Team", null],
    ["Talent Acquisition", null],
    ["maya.ortiz@example.org", null],
    ["J.", null],
    ["  ", null],
    [null, null],
  ])("%j -> %j", (name, expected) => {
    expect(firstNameOf(name)).toBe(expected);
  });
});

describe("rolePhrase", () => {
  it.each([
    ["Senior Backend Engineer", "the Senior Backend Engineer role"],
    [
      "Senior Staff Site Reliability Engineer (m/w/d)",
      "the Senior Staff Site Reliability Engineer role",
    ],
    ["Chargé de projet (H/F)", "the Chargé de projet role"],
    ["Data Analyst position", "the Data Analyst position"],
    ["the Product Designer role", "the Product Designer role"],
    ["Werkstudent (all genders)", "the Werkstudent role"],
    ["", null],
    [null, null],
  ])("%j -> %j", (role, expected) => {
    expect(rolePhrase(role)).toBe(expected);
  });
});

describe("companyName", () => {
  it.each([
    ["Kessler Logistik und Spedition GmbH & Co. KG", "Kessler Logistik und Spedition"],
    ["Acme Inc.", "Acme"],
    ["Globex Systems, Inc.", "Globex Systems"],
    ["Pinecrest Media Ltd", "Pinecrest Media"],
    ["Northwind Robotics", "Northwind Robotics"],
    ["AG", "AG"],
    [" ", null],
    [null, null],
  ])("%j -> %j", (company, expected) => {
    expect(companyName(company)).toBe(expected);
  });
});

describe("topicOf", () => {
  it.each([
    ["we talked about Rust tooling", "Rust tooling"],
    ["great rapport, we talked a lot about Rust tooling.", "Rust tooling"],
    ["Discussed observability with her, nice", "observability"],
    ["She asked about my thesis, nice chat", "my thesis"],
    ["asked me about my time at Globex", "my time at Globex"],
    ["we chatted about her team's move to Berlin", "your team's move to Berlin"],
    ["bonded over sim-to-real testing - great chat", "sim-to-real testing"],
    ["we talked about Rust tooling and she was very friendly", "Rust tooling"],
    ["talked about how she got into robotics", null],
    ["talked about it", null],
    ["we discussed salary and the start date", null],
    ["talked about the process", null],
    [`we talked about ${"a very long story ".repeat(5)}`, null],
    ["great rapport", null],
    ["", null],
  ])("%j -> %j", (note, expected) => {
    expect(topicOf(note)).toBe(expected);
  });

  it("prefers what the recipient talked about when the note names several people", () => {
    const note = "Sam and I discussed hiring plans. Maya asked about my thesis.";
    expect(topicOf(note, "Maya")).toBe("my thesis");
    expect(topicOf(note, "Sam")).toBe("hiring plans");
  });

  it("drops the recipient's own name from the end of a topic", () => {
    expect(topicOf("talked about Rust tooling with Maya", "Maya")).toBe("Rust tooling");
  });
});

describe("targetList and joinNames", () => {
  it.each([
    [[], []],
    [["Globex"], ["Globex"]],
    [
      ["Globex", " globex ", "Initech Inc."],
      ["Globex", "Initech"],
    ],
    [["Northwind Robotics", "Acme"], ["Acme"]],
    [
      ["A", "B", "C", "D", "E", "F"],
      ["A", "B", "C", "D", "E"],
    ],
  ])("targetList(%j)", (targets, expected) => {
    expect(targetList(targets, "Northwind Robotics")).toEqual(expected);
  });

  it.each([
    [[], "and", ""],
    [["A"], "and", "A"],
    [["A", "B"], "and", "A and B"],
    [["A", "B", "C"], "or", "A, B or C"],
  ] as const)("joinNames(%j, %s)", (names, conjunction, expected) => {
    expect(joinNames(names, conjunction)).toBe(expected);
  });
});
