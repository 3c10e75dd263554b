import { describe, expect, it } from "vitest";
import { findStatedDate } from "../../src/plan/stated-timing.ts";

const AT = "2025-12-07T09:00:00.000Z";

describe("findStatedDate: timing the employer or the user states", () => {
  it.each([
    ["We're pausing the search until Fall 2026.", "en", "2026-09-01"],
    ["Feel free to get back in touch in a year.", "en", "2026-12-07"],
    ["Hiring freeze for now; worth checking back in a few weeks.", "en", "2025-12-28"],
    ["a hiring freeze through at least the end of Q1", "en", "2026-04-01"],
    ["We'll reopen the role in March 2026.", "en", "2026-03-01"],
    ["We expect to hire again next year.", "en", "2026-01-15"],
    ["Melden Sie sich gern in einem Jahr wieder.", "de", "2026-12-07"],
    ["Wir stellen ab Herbst wieder ein.", "de", "2026-09-01"],
    ["Recontactez-nous dans six mois.", "fr", "2026-06-07"],
    ["Volveremos a contratar en primavera de 2026.", "es", "2026-03-01"],
    ["Neem over een paar maanden weer contact op.", "nl", "2026-03-07"],
    ["Riprenderemo le selezioni tra sei mesi.", "it", "2026-06-07"],
    ["Entre em contato daqui a um ano.", "pt", "2026-12-07"],
  ])("%j (%s) -> %s", (text, language, expected) => {
    expect(findStatedDate([text], language, AT)?.slice(0, 10)).toBe(expected);
  });

  it.each([
    ["We decided to move forward with another candidate.", "en"],
    ["Thanks for interviewing with us on December 1.", "en"],
    ["We need strong Spring Boot experience.", "en"],
    ["Get in touch in two days.", "en"],
    ["Wir haben uns für eine andere Kandidatin entschieden.", "de"],
  ])("finds no timing in %j", (text, language) => {
    expect(findStatedDate([text], language, AT)).toBeNull();
  });

  it("takes the earliest time stated in the message or the note", () => {
    expect(findStatedDate(["Please reapply in a year."], "en", AT)?.slice(0, 10)).toBe(
      "2026-12-07",
    );
    expect(
      findStatedDate(
        ["Please reapply in a year.", "She said to check back in six months"],
        "en",
        AT,
      )?.slice(0, 10),
    ).toBe("2026-06-07");
  });
});
