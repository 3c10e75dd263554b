import { describe, expect, it } from "vitest";
import { companyKey } from "../../src/understand/company-key.ts";
import { createJordan, deliver } from "../support/deliver.ts";
import { employerOf } from "../support/employer-of.ts";
import { gmailForward, stored } from "../support/forwarding.ts";
import { JORDAN } from "../support/users.ts";

// Every firm, person and address here is invented for these tests.

describe("a registered entity gives way to the name the firm's own words use", () => {
  it.each<[string, string, string, string, string]>([
    [
      "en: a sentence says the short name, the footer prints the entity",
      "Tallowmere Careers <careers@icims.example>",
      "Your application",
      "Dear Jordan,\n\nThank you for your interest in Tallowmere. We have received your application for the Data Analyst role.\n\nTalent Acquisition\nTallowmere Freight Holdings Inc.\n",
      "Tallowmere",
    ],
    [
      "de: a GmbH signing and sending, the sentence's 'bei …' the short name",
      "Quellbach Zahlungen GmbH <noreply@personio.example>",
      "Update zu deiner Bewerbung bei Quellbach",
      "Hallo Jordan,\n\ndanke für deine Bewerbung bei Quellbach. Leider besetzen wir die Stelle vorerst nicht.\n\nViele Grüße\nAnna Roth\n\nQuellbach Zahlungen GmbH · Hauptstraße 3 · 10115 Berlin\n",
      "Quellbach",
    ],
    [
      "es: the sentences say the short name twice, the sender and footer the long one",
      "Brezal Pagos <noreply@smartrecruiters.example>",
      "Hemos recibido tu candidatura",
      "Hola Jordan:\n\n¡Gracias por tu interés en Brezal! Hemos recibido tu candidatura para el puesto de Analista de Datos.\n\nEquipo de Talento de Brezal\n\nBrezal Pagos S.L. · Calle Mayor 5, Madrid\n",
      "Brezal",
    ],
    [
      "it: a domain that spells the long name whole keeps it",
      "Chiara Neri <chiara.neri@sentiero-digitale.example>",
      "Colloquio",
      "Ciao Jordan,\n\ngrazie per la candidatura. Mi piacerebbe parlarti di Sentiero e del nostro team in un primo colloquio.\n\nUn saluto,\nChiara\n\n--\nChiara Neri\nSentiero Digitale S.r.l.\n",
      "Sentiero Digitale",
    ],
    [
      "fr: the entity written in a sentence stands",
      "Équipe RH <rh@workday.example>",
      "Votre candidature",
      "Bonjour Jordan,\n\nMerci pour votre candidature chez Lanvaux Assurances SA. Nous reviendrons vers vous rapidement.\n\nLanvaux Assurances SA\n",
      "Lanvaux Assurances",
    ],
  ])("%s", async (_, from, subject, body, want) => {
    // Compared as keys: the legal form is not what is tested here.
    expect(companyKey((await employerOf(from, subject, body)) ?? "")).toBe(companyKey(want));
  });
});

describe("one employer's long and short names are one company", () => {
  it("stores the second message of a thread under the company the first one created", async () => {
    const { userId, inbox } = await createJordan();
    // The acknowledgement only prints the registered entity; the rejection's sentences use
    // the short name.
    await deliver(
      gmailForward({
        from: "Marit Vos <marit.vos@kanaalwerf.example>",
        subject: "Je sollicitatie",
        body: [
          "Hoi Jordan,",
          "",
          "We hebben je sollicitatie voor de functie Data Engineer ontvangen.",
          "",
          "Groet,",
          "Marit Vos",
          "Kanaalwerf Logistiek B.V.",
        ],
      }),
      { from: JORDAN.owner, to: inbox },
    );
    await deliver(
      gmailForward({
        from: "Marit Vos <marit.vos@kanaalwerf.example>",
        subject: "Je sollicitatie bij Kanaalwerf",
        body: [
          "Hoi Jordan,",
          "",
          "Helaas hebben we besloten om verder te gaan met een andere kandidaat voor de functie Data Engineer bij Kanaalwerf.",
          "",
          "Groet,",
          "Marit Vos",
          "Kanaalwerf Logistiek B.V.",
        ],
      }),
      { from: JORDAN.owner, to: inbox },
    );
    const { companies, contacts } = await stored(userId);
    expect(companies).toHaveLength(1);
    expect(contacts.filter((c) => c.email === "marit.vos@kanaalwerf.example")).toHaveLength(1);
  });
});

describe("mail about no job names no employer", () => {
  it.each<[string, string, string, string]>([
    [
      "en: a shop's order on its way, from its own mailbox",
      "Larchwick & Daughters <orders@larchwick.example>",
      "Your order #LW-88120 has shipped",
      "Hi Jordan,\n\nGood news: your order has shipped and should arrive on Friday.\n\n1 x Desk lamp, brass\n\nLarchwick & Daughters\n",
    ],
    [
      "de: a bank's statement notice",
      "Kreisbank Ostufer <service@kreisbank-ostufer.example>",
      "Ihr Kontoauszug ist da",
      "Hallo Jordan,\n\nIhr neuer Kontoauszug steht im Online-Banking bereit.\n\nKreisbank Ostufer\n",
    ],
  ])("%s", async (_, from, subject, body) => {
    expect(await employerOf(from, subject, body)).toBeNull();
  });

  it("stores no company for a shop's shipping notice that reached the inbox", async () => {
    const { userId, inbox } = await createJordan();
    await deliver(
      gmailForward({
        from: "Larchwick & Daughters <orders@larchwick.example>",
        subject: "Your order #LW-88120 has shipped",
        body: [
          "Hi Jordan,",
          "",
          "Your order has shipped and should arrive on Friday.",
          "",
          "Larchwick & Daughters",
        ],
      }),
      { from: JORDAN.owner, to: inbox },
    );
    expect((await stored(userId)).companies).toEqual([]);
  });
});
