import { describe, expect, it } from "vitest";
import { parseEmail } from "../../src/understand/mail/parse-email.ts";
import { understandEmail } from "../../src/understand/understand-email.ts";
import { JORDAN_SELF } from "../support/users.ts";

// Every name, company and address below is invented for these tests. A person the prose only
// mentions (no address, no introduction) is no contact; they are kept apart, as people named in
// passing, for the digest to ask about. Never the user, never a product or a firm.

async function read(from: string, subject: string, body: string[]) {
  const raw = [
    `From: ${from}`,
    "To: Jordan Lee <jordan.lee@gmail.com>",
    `Subject: ${subject}`,
    "Date: Mon, 7 Dec 2026 09:00:00 +0000",
    "Message-ID: <named-in-passing@example.test>",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: 8bit",
    "",
    body.join("\n"),
  ].join("\r\n");
  return understandEmail(await parseEmail(new TextEncoder().encode(raw)), JORDAN_SELF);
}

const names = (people: readonly { name: string | null }[] | undefined) =>
  (people ?? []).map((p) => p.name);

describe("people named only in passing are kept apart from the contacts", () => {
  it.each([
    [
      "en",
      "Imara Feldgate <imara.feldgate@corbelwick.example>",
      "Your application",
      "Thank you for your time. The conversation with Oliver was strong, but we have decided to move forward with another candidate.",
      "Imara Feldgate",
      "Oliver",
    ],
    [
      "de",
      "Wiebke Sandmoor <wiebke.sandmoor@kranzfeld.example>",
      "Ihre Bewerbung",
      "vielen Dank für das Gespräch. Das Gespräch mit Tobias war sehr angenehm. Leider haben wir uns dennoch für eine andere Person entschieden.",
      "Wiebke Sandmoor",
      "Tobias",
    ],
    [
      "fr",
      "Maëlle Rivolet <maelle.rivolet@tuilebrune.example>",
      "Votre candidature",
      "Merci pour l'entretien. L'échange avec Julien a été très apprécié. Après réflexion, nous avons retenu une autre candidature.",
      "Maëlle Rivolet",
      "Julien",
    ],
    [
      "es",
      "Nerea Solanilla <nerea.solanilla@brezomar.example>",
      "Tu candidatura",
      "Gracias por la entrevista. La conversación con Pablo fue muy buena, pero hemos decidido seguir con otra persona.",
      "Nerea Solanilla",
      "Pablo",
    ],
    [
      "nl",
      "Femke Rozendaal <femke.rozendaal@kaaswaag.example>",
      "Je sollicitatie",
      "Bedankt voor het gesprek. Het gesprek met Pieter was erg prettig, maar we hebben gekozen voor een andere kandidaat.",
      "Femke Rozendaal",
      "Pieter",
    ],
    [
      "it",
      "Ornella Vasari <ornella.vasari@tessitura-lume.example>",
      "La tua candidatura",
      "Grazie per il colloquio. Il confronto con Marco è stato molto positivo, ma abbiamo deciso di proseguire con un altro candidato.",
      "Ornella Vasari",
      "Marco",
    ],
    [
      "pt",
      "Inês Carvalhal <ines.carvalhal@mareiro.example>",
      "A sua candidatura",
      "Obrigada pela entrevista. A conversa com Rafael foi muito boa, mas decidimos avançar com outra pessoa.",
      "Inês Carvalhal",
      "Rafael",
    ],
  ])(
    "%s: the writer is the contact, the one named in passing is asked about",
    async (_lang, from, subject, line, writer, named) => {
      const u = await read(from, subject, ["Hi Jordan,", "", line, "", "Best,", writer]);
      expect(names(u.understanding.contacts)).toEqual([writer]);
      expect(names(u.namedInPassing)).toEqual([named]);
    },
  );

  it.each([
    [
      "a product with a person's shape",
      "We will keep your profile in Talentwerk Connect, our talent pool, and Connect will tell you about new roles.",
    ],
    [
      "the user's own name",
      "Jordan, your panel said the conversation with Jordan Lee was a pleasure.",
    ],
    ["the writer again", "As Imara, I enjoyed our conversation with Imara's team."],
  ])("asks about nobody for %s", async (_label, line) => {
    const u = await read("Imara Feldgate <imara.feldgate@corbelwick.example>", "Your application", [
      "Hi Jordan,",
      "",
      line,
      "",
      "Best,",
      "Imara Feldgate",
    ]);
    expect(names(u.namedInPassing)).toEqual([]);
  });
});
