import { describe, expect, it } from "vitest";
import { classifyMessage } from "../../src/understand/classify.ts";
import { sentenceInput } from "../../src/understand/model/features.ts";
import { sentenceNames, signal } from "../support/pattern-signals.ts";

// How much of a letter is about keeping the CV: a letter that asks to keep it ("with your
// permission we'd like to …", "may we …?") is about keeping it; one sentence announcing it after
// a "no" is a stock line. And an offer spoken of as settled (signed, accepted, "on your offer
// letter") is mail after the offer, not an offer. Each kind in the seven languages, our own words.

describe("keeping the CV put to the reader: a wish, leave asked, an invitation", () => {
  it.each([
    ["en", "With your permission we would like to hold your resume in our talent pool."],
    ["en", "Would you be OK with us keeping your details for the next round?"],
    [
      "de",
      "Wir möchten Ihr Profil gern in unserem Talentpool speichern, wenn Sie einverstanden sind.",
    ],
    ["fr", "Avec votre accord, nous aimerions garder votre CV dans notre vivier."],
    ["es", "Nos gustaría guardar tu CV en nuestra bolsa de talento, si estás de acuerdo."],
    ["nl", "Mogen we je cv een jaar in onze talentpool bewaren?"],
    ["it", "Con il suo consenso vorremmo conservare il suo CV nel nostro database."],
    ["pt", "Gostaríamos de manter seu currículo no nosso banco de talentos, se concordar."],
  ])("%s: %s", (_language, body) => {
    expect(signal(body, "keepAsked")).toBeGreaterThan(0);
    expect(sentenceNames(body)).toContain("keep:asked");
  });
});

describe("keeping the CV announced in one closing line: not asked", () => {
  it.each([
    ["en", "We went with another applicant. Your details will stay in our system."],
    [
      "de",
      "Wir haben uns für jemand anderen entschieden. Ihre Daten bleiben in unserem Bewerberpool.",
    ],
    ["fr", "Nous avons retenu un autre profil. Votre CV reste dans notre base de candidats."],
    ["es", "Hemos elegido a otra candidata. Conservamos tu CV en nuestra base de datos."],
    ["nl", "We kozen een andere kandidaat. Je cv blijft in ons kandidatenbestand."],
    ["it", "Abbiamo scelto un altro candidato. Conserveremo il tuo CV nel nostro archivio."],
    ["pt", "Escolhemos outra candidata. Seu perfil ficará salvo em nossa base."],
  ])("%s: %s", (_language, body) => {
    const names = sentenceNames(body);
    expect(names).not.toContain("keep:asked");
    expect(names).toContain("keep:announced");
  });
});

describe("an offer spoken of as settled", () => {
  it.each([
    ["en", "Congratulations again on accepting your offer."],
    ["en", "We'll post the badge to the address on your offer letter."],
    ["de", "Schön, dass Sie den Vertrag unterschrieben haben."],
    ["fr", "Merci, vous avez signé et nous préparons votre arrivée."],
    ["es", "Gracias, ya has firmado y preparamos tu llegada."],
    ["nl", "Fijn dat je het contract hebt getekend; je laptop staat klaar."],
    ["it", "Grazie, hai firmato e ora prepariamo il tuo arrivo."],
    ["pt", "Obrigado, você assinou e já estamos preparando sua chegada."],
  ])("%s: %s", (_language, body) => {
    expect(signal(body, "offerSettled")).toBeGreaterThan(0);
  });

  it.each([
    ["en", "Once you have signed the offer letter, we'll send the paperwork."],
    ["fr", "Dès que vous avez signé le contrat, nous vous envoyons le reste."],
  ])("%s, still to come, is not: %s", (_language, body) => {
    expect(signal(body, "offerSettled")).toBe(0);
  });
});

const letter = (subject: string, body: string) => ({
  ...sentenceInput(body),
  subject,
  senderAddress: "noor.haddad@pinecrest-labs.example",
  senderName: "Noor Haddad",
});

describe("mail after a signed offer, that mentions it in passing: other", () => {
  it.each([
    [
      "en",
      "Getting you ready for Monday",
      "Hi Sam, we're so glad you signed! Before your first day, we'll send a laptop to the address on your offer letter. Day one starts at 9:30 with a welcome session.",
    ],
    [
      "de",
      "Ihr Start bei uns",
      "Hallo Sam, schön, dass Sie unterschrieben haben! Vor Ihrem ersten Arbeitstag schicken wir den Laptop an die Adresse aus Ihrem Arbeitsvertrag. Der erste Tag beginnt um 9 Uhr.",
    ],
  ])("%s: %s", (_language, subject, body) => {
    expect(classifyMessage(letter(subject, body)).category).toBe("other");
  });
});

describe("an offer made, that also speaks of the first day: still an offer", () => {
  it.each([
    [
      "en",
      "Your offer",
      "Hi Sam, we are delighted to offer you the analyst role at a base salary of 70,000. Please sign the offer letter by Friday; your first day would be 3 March.",
    ],
    [
      "fr",
      "Proposition",
      "Bonjour Sam, nous sommes ravis de vous proposer le poste d'analyste. Vous trouverez la proposition de contrat en pièce jointe; votre premier jour serait le 3 mars.",
    ],
  ])("%s: %s", (_language, subject, body) => {
    expect(classifyMessage(letter(subject, body)).category).toBe("offer");
  });
});
