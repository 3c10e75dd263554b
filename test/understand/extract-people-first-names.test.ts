import { describe, expect, it } from "vitest";
import { understandPlain } from "../support/plain-message.ts";

// Colleagues an employer names by first name only ("I'll bring Ingrid from our data team",
// "April already told you"), and a writer whose signature line puts her own name before the
// firm's. Every name, firm and sentence below is invented for these tests.

async function contactsOf(from: string, subject: string, body: string) {
  const headers = [`From: ${from}`, "To: jordan.lee@gmail.com", `Subject: ${subject}`];
  return (await understandPlain(headers, body)).contacts.map((c) => [c.name, c.email]);
}

const WRITER = "Corin Ashdown <corin.ashdown@pellwater.example>";

describe("a colleague named by first name, from the writer's own team", () => {
  it.each<[string, string]>([
    ["en", "Could we move our call to Friday? I'll bring Ingrid from our platform team along."],
    [
      "de",
      "Können wir das Gespräch auf Freitag legen? Ich bringe Ingrid aus unserem Plattform-Team mit.",
    ],
    [
      "fr",
      "Pouvons-nous décaler l'entretien à vendredi ? Je viendrai avec Ingrid de notre équipe plateforme.",
    ],
    [
      "es",
      "¿Podemos mover tu entrevista al viernes a las 10:00? Vendré con Ingrid de nuestro equipo de plataforma.",
    ],
    [
      "nl",
      "Kunnen we het gesprek naar vrijdag verzetten? Ik neem Ingrid uit ons platformteam mee.",
    ],
    [
      "it",
      "Possiamo spostare il tuo colloquio a venerdì alle 10:00? Con me ci sarà Ingrid del nostro team piattaforma.",
    ],
    [
      "pt",
      "Podemos passar a sua entrevista para sexta às 10:00? Vou levar a Ingrid da nossa equipa de plataforma.",
    ],
  ])("%s", async (_, sentence) => {
    const contacts = await contactsOf(
      WRITER,
      "Interview at Pellwater",
      `Hi Jordan,\n\n${sentence}\n\nCorin\n\nCorin Ashdown | Head of Data\nPellwater`,
    );
    expect(contacts).toContainEqual(["Ingrid", null]);
  });
});

describe("a first name that is also a month is a person when a verb follows, a date when a day does", () => {
  it("a colleague who will join the call", async () => {
    const contacts = await contactsOf(
      WRITER,
      "Your next interview",
      "Hi Jordan,\n\nWe would like to invite you to a second interview on Friday. April will join the call, and I will send the case study beforehand.\n\nBest,\nCorin Ashdown\nPellwater",
    );
    expect(contacts).toContainEqual(["April", null]);
  });

  it.each<[string, string]>([
    ["en", "We will get back to you by April 12."],
    ["nl", "We laten je voor 14 mei weten hoe het verder gaat."],
  ])("%s: a date names nobody", async (_, sentence) => {
    const contacts = await contactsOf(
      WRITER,
      "Interview at Pellwater",
      `Hi Jordan,\n\nThanks for the interview. ${sentence}\n\nCorin Ashdown\nPellwater`,
    );
    expect(contacts.map((c) => c[0])).toEqual(["Corin Ashdown"]);
  });
});

describe("a signature line opening with the writer's own name is no firm", () => {
  it.each<[string, string]>([
    ["a bar", "Corin Ashdown | Fenwick People\nTech & Product Recruitment\n020 7946 0000"],
    ["a dash", "Corin Ashdown – Fenwick People\nTech & Product Recruitment\n020 7946 0000"],
  ])("%s", async (_, signature) => {
    const contacts = await contactsOf(
      "Corin Ashdown <corin@fenwickpeople.example>",
      "Feedback from Pellwater",
      `Hi Jordan,\n\nI finally have some feedback from Pellwater: they liked your system design round, but felt the coding round was not quite there for a senior role.\n\nCorin\n\n${signature}`,
    );
    expect(contacts).toContainEqual(["Corin Ashdown", "corin@fenwickpeople.example"]);
  });
});
