import { describe, expect, it } from "vitest";
import { newestPart } from "../../../src/understand/mail/newest-part.ts";
import { parseEmail } from "../../../src/understand/mail/parse-email.ts";
import { unwrapForward } from "../../../src/understand/mail/unwrap-forward.ts";
import { FIXTURES } from "../../support/fixtures.ts";

const NEWEST =
  "Hi Jordan,\n\nWe went with another candidate.\n\nBest,\nMaya Ortiz\nHead of Talent, Northwind";
const OLDER = "Hi Maya,\n\nAny news on my application?\n\nJordan";
const QUOTED_OLDER = "> Hi Maya,\n>\n> Any news on my application?\n>\n> Jordan";

describe("newestPart: cuts at the first reply header", () => {
  it.each([
    {
      name: "Gmail (en) attribution",
      header: "On Mon, Jan 5, 2026 at 9:00 AM Jordan Lee <jordan.lee@gmail.com> wrote:",
      older: QUOTED_OLDER,
    },
    {
      name: "Gmail attribution wrapped inside the address",
      header: "On Mon, Jan 5, 2026 at 9:00 AM Jordan Lee <\njordan.lee@gmail.com> wrote:",
      older: QUOTED_OLDER,
    },
    {
      name: "attribution wrapped before 'wrote:'",
      header: "On Mon, Jan 5, 2026 at 9:00 AM Jordan Lee <jordan.lee@gmail.com>\nwrote:",
      older: QUOTED_OLDER,
    },
    {
      name: "Apple Mail attribution",
      header: "On 5 Jan 2026, at 09:00, Jordan Lee <jordanlee@icloud.com> wrote:",
      older: QUOTED_OLDER,
    },
    {
      name: "German attribution (Am … schrieb …:)",
      header: "Am Mo., 5. Jan. 2026 um 09:00 Uhr schrieb Jordan Lee <jordan.lee@gmail.com>:",
      older: QUOTED_OLDER,
    },
    {
      name: "German Thunderbird attribution",
      header: "Am 05.01.26 um 09:00 schrieb Jordan Lee:",
      older: QUOTED_OLDER,
    },
    {
      name: "French attribution (Le … a écrit :) with a narrow no-break space",
      header: "Le lun. 5 janv. 2026 à 09:00, Jordan Lee <jordan.lee@gmail.com> a écrit\u202f:",
      older: QUOTED_OLDER,
    },
    {
      name: "Spanish attribution (El … escribió:)",
      header: "El lun, 5 ene 2026 a las 9:00, Jordan Lee (<jordan.lee@gmail.com>) escribió:",
      older: QUOTED_OLDER,
    },
    {
      name: "Dutch attribution (Op … schreef …:)",
      header: "Op ma 5 jan. 2026 om 09:00 schreef Jordan Lee <jordan.lee@gmail.com>:",
      older: QUOTED_OLDER,
    },
    {
      name: "Italian attribution (Il … ha scritto:)",
      header:
        "Il giorno lun 5 gen 2026 alle ore 09:00 Jordan Lee <jordan.lee@gmail.com> ha scritto:",
      older: QUOTED_OLDER,
    },
    {
      name: "Portuguese attribution (Em … escreveu:)",
      header: "Em seg., 5 de jan. de 2026 às 09:00, Jordan Lee <jordan.lee@gmail.com> escreveu:",
      older: QUOTED_OLDER,
    },
    {
      name: "Polish attribution (W dniu … napisał:)",
      header: "W dniu 5.01.2026 o 09:00, Jordan Lee <jordan.lee@gmail.com> napisał:",
      older: QUOTED_OLDER,
    },
    {
      name: "Outlook From/Sent block after the underscore line",
      header:
        "________________________________\nFrom: Jordan Lee <jordan.lee@outlook.com>\nSent: Monday, January 5, 2026 9:00 AM\nTo: Maya Ortiz <maya.ortiz@northwind.example>\nSubject: Any news?",
      older: OLDER,
    },
    {
      name: "Outlook From/Sent block with no separator (new Outlook, OWA)",
      header:
        "From: Jordan Lee <jordan.lee@outlook.com>\nSent: Monday, January 5, 2026 9:00 AM\nTo: Maya Ortiz <maya.ortiz@northwind.example>\nSubject: Any news?",
      older: OLDER,
    },
    {
      name: "Outlook (de) Von/Gesendet block",
      header:
        "Von: Jordan Lee <jordan.lee@outlook.com>\nGesendet: Montag, 5. Januar 2026 09:00\nAn: Maya Ortiz <maya.ortiz@northwind.example>\nBetreff: Bewerbung",
      older: OLDER,
    },
    {
      name: "Outlook (fr) De :/Envoyé : block",
      header:
        "De : Jordan Lee <jordan.lee@outlook.com>\nEnvoyé : lundi 5 janvier 2026 09:00\nÀ : Maya Ortiz <maya.ortiz@northwind.example>\nObjet : Candidature",
      older: OLDER,
    },
    {
      name: "Outlook (es) De:/Enviado: block",
      header:
        "De: Jordan Lee <jordan.lee@outlook.com>\nEnviado: lunes, 5 de enero de 2026 9:00\nPara: Maya Ortiz <maya.ortiz@northwind.example>\nAsunto: Candidatura",
      older: OLDER,
    },
    {
      name: "HTML-derived Outlook block with *bold* labels and blank rows",
      header:
        "-------------\n\n*From:* Jordan Lee <jordan.lee@outlook.com>\n\n*Sent:* Monday, January 5, 2026 9:00 AM\n\n*Subject:* Any news?",
      older: OLDER,
    },
    {
      name: "-----Original Message-----",
      header:
        "-----Original Message-----\nFrom: Jordan Lee [mailto:jordan.lee@outlook.com]\nSent: Monday, January 5, 2026 9:00 AM",
      older: OLDER,
    },
    {
      name: "-----Ursprüngliche Nachricht-----",
      header:
        "-----Ursprüngliche Nachricht-----\nVon: Jordan Lee [mailto:jordan@jordanlee.dev]\nGesendet: Montag, 5. Januar 2026 09:00",
      older: OLDER,
    },
    {
      name: "----- Message d'origine -----",
      header: "----- Message d'origine -----\nDe : Jordan Lee\nEnvoyé : lundi 5 janvier 2026 09:00",
      older: OLDER,
    },
    {
      name: "a forwarded message further down",
      header:
        "---------- Forwarded message ---------\nFrom: Jordan Lee <jordan.lee@gmail.com>\nDate: Mon, Jan 5, 2026",
      older: OLDER,
    },
    {
      name: "Japanese attribution (email-reply-parser fallback)",
      header: "2026/01/05 9:00、Jordan Lee <jordan.lee@gmail.com> のメッセージ:",
      older: QUOTED_OLDER,
    },
    {
      name: "Chinese attribution (email-reply-parser fallback)",
      header: "在 2026年1月5日 09:00，Jordan Lee <jordan.lee@gmail.com> 写道：",
      older: QUOTED_OLDER,
    },
  ])("$name", ({ header, older }) => {
    expect(newestPart(`${NEWEST}\n\n${header}\n\n${older}\n`)).toBe(NEWEST);
  });
});

describe("newestPart: keeps what is new", () => {
  it.each([
    {
      name: "drops interleaved '>' lines but keeps the text between them",
      body: "Thanks for asking.\n> Could you share feedback?\nSure: the system design round was the gap.\n\nMaya",
      newest: "Thanks for asking.\nSure: the system design round was the gap.\n\nMaya",
    },
    {
      name: "keeps a '-- ' signature with names in it",
      body: "We chose someone else.\n\n-- \nMaya Ortiz\nHead of Talent | Northwind\n",
      newest: "We chose someone else.\n\n-- \nMaya Ortiz\nHead of Talent | Northwind",
    },
    {
      name: "keeps 'Sent from my iPhone' and the sign-off above a quote",
      body: "Sorry, we went with someone else. Best, Raj\n\nSent from my iPhone\n\n> On Jan 5, 2026, at 09:00, Jordan Lee <jordan@x.example> wrote:\n> Any news?",
      newest: "Sorry, we went with someone else. Best, Raj\n\nSent from my iPhone",
    },
    {
      name: "does not cut at prose that ends in 'wrote:'",
      body: "Here is what the panel wrote:\n\nStrong on APIs, weaker on SQL.\n\nMaya",
      newest: "Here is what the panel wrote:\n\nStrong on APIs, weaker on SQL.\n\nMaya",
    },
    {
      name: "does not cut at a signature rule without a header block",
      body: "No news yet.\n\n__________\nMaya Ortiz\nNorthwind Robotics",
      newest: "No news yet.\n\n__________\nMaya Ortiz\nNorthwind Robotics",
    },
    {
      name: "does not cut at a lone 'From:' line in prose",
      body: "From: the whole panel, thank you.\n\nMaya",
      newest: "From: the whole panel, thank you.\n\nMaya",
    },
    {
      name: "falls back to the whole body when everything is quoted",
      body: "> Hi Jordan,\n> we went with someone else.",
      newest: "> Hi Jordan,\n> we went with someone else.",
    },
    {
      name: "falls back to the whole body when it starts with a reply header",
      body: "On Mon, Jan 5, 2026 at 9:00 AM Maya <maya@x.example> wrote:\n> No.",
      newest: "On Mon, Jan 5, 2026 at 9:00 AM Maya <maya@x.example> wrote:\n> No.",
    },
    { name: "an empty body stays empty", body: "  \n\n", newest: "" },
  ])("$name", ({ body, newest }) => {
    expect(newestPart(body)).toBe(newest);
  });
});

describe("newestPart: hostile input", () => {
  it.each([
    { name: "2 MB on one line", body: "a".repeat(2 * 1024 * 1024) },
    { name: "200,000 blank lines", body: `hi${"\n".repeat(200_000)}` },
    { name: "thousands of attribution openers", body: "On Mon, 5 Jan 2026\n".repeat(20_000) },
    { name: "thousands of colon lines for the library gate", body: "2026 x@y:\n".repeat(20_000) },
    { name: "thousands of From blocks", body: "From: a <b@c.d>\nSent: 2026\n".repeat(10_000) },
    { name: "an endless attribution", body: `On ${"x ".repeat(100_000)}wrote:` },
    { name: "lone surrogates", body: "\ud800 hi \udfff\n> \u202e\nOn \udc00 wrote:" },
  ])("survives $name", ({ body }) => {
    const newest = newestPart(body);
    expect(newest.length).toBeGreaterThan(0);
    expect(newest.length).toBeLessThanOrEqual(64 * 1024);
  });
});

describe("newestPart: fixtures", () => {
  const threads = FIXTURES.filter(({ name }) =>
    [
      "case-feedback-fwd-chain.eml",
      "case-rejection-quotes-enthusiasm.eml",
      "fwd-gmail-web-en-bluepeak-quoted-thanks.eml",
      "fwd-outlook365-en-fernwood-quoted-invite.eml",
      "case-reply-feedback-outlook.eml",
      "case-reply-mobile-raj.eml",
    ].includes(name),
  );

  it.each(threads)("$name keeps the newest message and its signature only", async ({ raw }) => {
    const { original } = unwrapForward(await parseEmail(raw));
    const newest = newestPart(original.body);
    expect(newest.length).toBeGreaterThan(0);
    expect(newest.length).toBeLessThan(original.body.trim().length);
    expect(newest).not.toMatch(/^>/m);
    expect(newest).not.toMatch(/^(From|Sent|Subject):/m);
    expect(newest).not.toMatch(/wrote:$/m);
  });

  it.each(FIXTURES)("$name has a newest part", async ({ raw }) => {
    const { original } = unwrapForward(await parseEmail(raw));
    if (original.body.trim() !== "") {
      expect(newestPart(original.body)).not.toBe("");
    }
  });
});
