import { describe, expect, it } from "vitest";
import { gmailForward } from "../support/forwarding.ts";
import { storedCategory } from "../support/stored-category.ts";

// Through the Worker's real email() handler, as Gmail forwards it: mail after a signed offer
// that mentions the offer letter in passing is stored as other, not as an offer; a "no" that
// says the experience fell short of the need is not a fit; a cancelled public call closes the
// post. Words of our own.

const stored = storedCategory;

describe("email(): onboarding mail that mentions the signed offer in passing", () => {
  it.each([
    {
      language: "en",
      from: "Ines Barrow <ines.barrow@fernhill-robotics.example>",
      subject: "Welcome to Fernhill! Getting ready for the 12th",
      body: [
        "Hi Jordan,",
        "",
        "Welcome to Fernhill - we're so glad you signed! I'll be getting you set up before",
        "your first day on Monday the 12th.",
        "",
        "We'll courier your laptop to the address on your offer letter next week. Your first",
        "morning starts with a welcome session at 9:30, then lunch with the team.",
        "",
        "See you soon,",
        "Ines Barrow",
        "People Operations, Fernhill Robotics",
      ],
    },
  ])("$language: stores other", async (message) => {
    expect((await stored(gmailForward(message))).category).toBe("other");
  });
});

describe("email(): a 'no' because the experience fell short of what the role needs", () => {
  it.each([
    {
      language: "nl",
      from: "Werving Gemeente Oosterveld <werving@oosterveld-gemeente.example>",
      subject: "Uw sollicitatie beleidsadviseur",
      body: [
        "Beste Jordan,",
        "",
        "Dank voor uw sollicitatie op de functie beleidsadviseur. Helaas sluit uw ervaring",
        "onvoldoende aan bij het gevraagde profiel, vooral wat betreft ruimtelijke ordening.",
        "Wij nemen uw sollicitatie daarom niet mee in de volgende ronde.",
        "",
        "Met vriendelijke groet,",
        "Team Werving",
      ],
    },
  ])("$language: stores a rejection, not a fit", async (message) => {
    const { category, reason } = await stored(gmailForward(message));
    expect(category).toBe("rejection");
    expect(reason).toBe("not_a_fit_for_role");
  });
});

describe("email(): a 'no' because the public call was cancelled", () => {
  it.each([
    {
      language: "it",
      from: "Prof. Marta Ricci <marta.ricci@ateneo-valbruna.example>",
      subject: "Re: Borsa di ricerca in statistica",
      body: [
        "Gentile Jordan,",
        "",
        "purtroppo le comunico che il bando per la borsa in statistica è stato annullato:",
        "il finanziamento non è stato confermato e non possiamo procedere con la selezione.",
        "",
        "Cordiali saluti,",
        "Marta Ricci",
      ],
    },
  ])("$language: stores a rejection, position closed", async (message) => {
    const { category, reason } = await stored(gmailForward(message));
    expect(category).toBe("rejection");
    expect(reason).toBe("position_closed");
  });
});
