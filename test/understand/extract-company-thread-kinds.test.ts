import { describe, expect, it } from "vitest";
import { companiesInSubject } from "../../src/understand/extract/company-candidates.ts";
import { htmlLabels } from "../../src/understand/extract/company-html.ts";
import { employerForCategory } from "../../src/understand/extract/company-no-employer.ts";
import { orgFromPhrase } from "../../src/understand/extract/org-phrases.ts";
import { selfMatcher } from "../../src/understand/extract/self-matcher.ts";
import { describeSender } from "../../src/understand/extract/sender.ts";
import { employerOf } from "../support/employer-of.ts";
import { forwardToRebound } from "../support/forwarding.ts";
import { JORDAN_SELF } from "../support/users.ts";

// Kinds of employer error in the late steps of a search (references, offers, onboarding) and in
// the mail around it that is about no employer; every firm, person and sentence below is
// invented for these tests.

describe("a new-hire portal's words around the employer's display name", () => {
  it.each<[string, string, string]>([
    ["English", "Talloway Onboarding", "Talloway"],
    ["English, before the name", "Preboarding Talloway", "Talloway"],
    ["German", "Kranzler Maschinenbau Einarbeitung", "Kranzler Maschinenbau"],
    ["French", "Atelier Morvan Intégration", "Atelier Morvan"],
    ["Spanish", "Conservas Lira Incorporación", "Conservas Lira"],
    ["Italian", "Officine Baretti Inserimento", "Officine Baretti"],
    ["Portuguese", "Tecidos Alvor Admissão", "Tecidos Alvor"],
    ["Dutch", "Zuiderhaven Bouw Indiensttreding", "Zuiderhaven Bouw"],
  ])("%s", (_lang, display, firm) => {
    expect(orgFromPhrase(display)).toBe(firm);
  });
});

describe("a subject naming the employer of a step after the interviews", () => {
  it.each<[string, string, string]>([
    ["a reference", "Reference for Harlow Bank", "Harlow Bank"],
    ["a background check", "Background check for Pellmore Freight", "Pellmore Freight"],
    ["an offer", "Your offer from Quillon Labs", "Quillon Labs"],
    ["onboarding", "Onboarding at Tarrow Health", "Tarrow Health"],
    ["German, a reference", "Referenz für Elbwerk Logistik", "Elbwerk Logistik"],
    ["German, an offer", "Vertragsangebot von Kranzler Maschinenbau", "Kranzler Maschinenbau"],
    ["French", "Référence pour Atelier Morvan", "Atelier Morvan"],
    ["Spanish", "Referencia para Conservas Lira", "Conservas Lira"],
    ["Italian", "Referenze per Officine Baretti", "Officine Baretti"],
    ["Portuguese", "Referência para Tecidos Alvor", "Tecidos Alvor"],
    ["Dutch", "Referentie voor Zuiderhaven Bouw", "Zuiderhaven Bouw"],
  ])("%s", (_kind, subject, firm) => {
    expect(companiesInSubject(subject)).toContainEqual({ name: firm, cued: true });
  });

  it("a former manager's reply from a personal mailbox names the firm she was asked about", async () => {
    const company = await employerOf(
      "Odile Marchetti <odile.marchetti.home@gmail.com>",
      "Re: Reference for Harlow Bank",
      [
        "Hi Jordan,",
        "",
        "Their screening people rang me this morning; we spoke for a quarter of an hour and I said all the right things.",
        "",
        "Good luck with it,",
        "Odile",
      ].join("\n"),
    );
    expect(company).toBe("Harlow Bank");
  });
});

describe("a page title that is a heading, not a name", () => {
  it.each<[string, string, string[]]>([
    ["an account step", "Reset your password", []],
    ["a delivery", "Out for delivery", []],
    ["French", "Votre candidature", []],
    ["German", "Passwort zurücksetzen", []],
    ["a name with a connector", "Bank of Avalon", ["Bank of Avalon"]],
    ["a name with an ampersand", "Quarry & Finch", ["Quarry & Finch"]],
    ["Portuguese, a name with 'do'", "Banco do Sul", ["Banco do Sul"]],
    ["a one-word brand", "Tamarind", ["Tamarind"]],
  ])("%s", (_kind, title, expected) => {
    expect(
      htmlLabels(`<html><head><title>${title}</title></head><body></body></html>`).title,
    ).toEqual(expected);
  });
});

describe("a machine's mail that speaks of no work is about no employer", () => {
  const self = selfMatcher(JORDAN_SELF);
  const firmOf = (address: string, text: string) =>
    employerForCategory(
      "Sendfirm",
      "other",
      { name: "Sendfirm", address },
      describeSender({ name: "Sendfirm", address }, self),
      text,
    );
  it.each<[string, string, string, string | null]>([
    [
      "a parcel on its way",
      "noreply@notify.sendfirm.example",
      "Your parcel is out for delivery today.",
      null,
    ],
    [
      "a trade newsletter",
      "hello@sendfirm.example",
      "Issue 40: three long reads about caching.",
      null,
    ],
    ["German, a parcel", "noreply@sendfirm.example", "Ihr Paket wird heute zugestellt.", null],
    ["French, an account", "noreply@sendfirm.example", "Votre mot de passe a été modifié.", null],
    [
      "an employer's talent letter",
      "hello@sendfirm.example",
      "Three new roles opened this month.",
      "Sendfirm",
    ],
    [
      "Dutch, a candidate account",
      "noreply@sendfirm.example",
      "Activeer je kandidatenaccount.",
      "Sendfirm",
    ],
    [
      "Spanish, an event for those interested",
      "noreply@sendfirm.example",
      "Gracias por tu interés: te invitamos a una tarde abierta.",
      "Sendfirm",
    ],
    [
      "Italian, a selection",
      "noreply@sendfirm.example",
      "Aggiornamenti sulle nostre selezioni.",
      "Sendfirm",
    ],
    ["Portuguese, vacancies", "noreply@sendfirm.example", "Novas vagas esta semana.", "Sendfirm"],
    [
      "a person writing about coffee",
      "mira.okafor@sendfirm.example",
      "Coffee next week?",
      "Sendfirm",
    ],
  ])("%s", (_kind, address, text, expected) => {
    expect(firmOf(address, text)).toBe(expected);
  });
});

describe("a one-word brand sending, its own sentence, its legal name in the footer", () => {
  it.each<[string, string, string]>([
    [
      "Spanish",
      "¡Gracias por tu interés en Tamarind! Hemos recibido tu candidatura para el puesto de Analista de Datos.",
      "Tamarind Servicios Digitales S.L. · Calle Mayor 4, Madrid",
    ],
    [
      "English",
      "Thank you for your interest in Tamarind! We have received your application for the Data Analyst role.",
      "Tamarind Digital Services Ltd · 4 High Street, Leeds",
    ],
    [
      "German",
      "Vielen Dank für Ihre Bewerbung bei Tamarind! Wir haben Ihre Unterlagen für die Stelle als Datenanalyst erhalten.",
      "Tamarind Digitale Dienste GmbH · Hauptstraße 4, Köln",
    ],
  ])("%s", async (_lang, sentence, footer) => {
    const company = await employerOf(
      "Tamarind <noreply@candidates.workablemail.com>",
      "Tamarind",
      ["Hi Jordan,", "", sentence, "", "The Tamarind people team", "", footer].join("\n"),
    );
    expect(company).toBe("Tamarind");
  });
});

describe("through email(): the employer of a rejection sent under a one-word brand", () => {
  it("stores the name the firm writes, not the legal form printed under it", async () => {
    const s = await forwardToRebound({
      from: "Tamarind <noreply@candidates.workablemail.com>",
      subject: "Your application to Tamarind",
      body: [
        "Hi Jordan,",
        "",
        "Thank you for your interest in Tamarind! After careful review we have decided to move forward with other candidates for the Data Analyst role.",
        "",
        "The Tamarind people team",
        "",
        "Tamarind Digital Services Ltd · 4 High Street, Leeds",
      ].join("\r\n"),
    });
    expect(s.companies).toEqual(["Tamarind"]);
  });
});
