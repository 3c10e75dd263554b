import { describe, expect, it } from "vitest";
import { parseEmail } from "../../src/understand/mail/parse-email.ts";
import { understandEmail } from "../../src/understand/understand-email.ts";
import { FIXTURES } from "../support/fixtures.ts";
import { type FixtureResult, sameCompany, sameRole, scoreResults } from "../support/score.ts";
import { JORDAN_SELF } from "../support/users.ts";

describe.each(FIXTURES)("$name", ({ raw, expected }) => {
  it(`is understood as ${expected.category}${expected.reason ? ` (${expected.reason})` : ""}`, async () => {
    const { understanding } = understandEmail(await parseEmail(raw), JORDAN_SELF);

    expect(understanding.category).toBe(expected.category);
    expect(understanding.reason).toBe(expected.reason);
    expect(
      sameCompany(understanding.company, expected.company),
      `company ${understanding.company}`,
    ).toBe(true);
    expect(sameRole(understanding.role, expected.role), `role ${understanding.role}`).toBe(true);
    for (const wanted of expected.contacts) {
      expect(understanding.contacts).toContainEqual(
        expect.objectContaining({ name: wanted.name, email: wanted.email }),
      );
    }
  });
});

it("scores the whole corpus above the product's bar", async () => {
  const results: FixtureResult[] = [];
  for (const { name, raw, expected } of FIXTURES) {
    const { understanding } = understandEmail(await parseEmail(raw), JORDAN_SELF);
    results.push({ file: name, expected, actual: understanding });
  }
  const scores = scoreResults(results);
  expect(FIXTURES.length).toBeGreaterThanOrEqual(60);
  expect(scores.macroF1).toBeGreaterThanOrEqual(0.95);
  expect(scores.contactsExact / scores.contactsTotal).toBeGreaterThanOrEqual(0.9);
});
