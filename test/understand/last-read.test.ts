import { describe, expect, it } from "vitest";
import { detectLanguage, foldText } from "../../src/understand/detect-language.ts";
import { historyStart, newestPart } from "../../src/understand/mail/newest-part.ts";
import { lastRead } from "../../src/understand/remembered.ts";

// A message's whole text is read the same way by readers one after the other; the last text's
// answer is kept. It must be the answer a fresh reading gives, whatever was read before it.

const LONG = 20;

describe("lastRead", () => {
  it("reads a text again only when another came between, and answers as the reading does", () => {
    const texts: string[] = [];
    const read = (text: string) => {
      texts.push(text);
      return text.length % 3 === 0 ? null : text.toUpperCase();
    };
    const once = lastRead(read, { shortest: LONG });
    const a = "a message long enough to keep";
    const b = "another message, also long enough";
    const asked = [a, a, b, a, a, `${a}`, "short", "short", a, b.slice(0), b];
    expect(asked.map(once)).toEqual(asked.map(read).map((x) => x));
    // a, b, a, short, short, b: a repeated text is read once; a short one every time.
    expect(texts.slice(0, 6)).toEqual([a, b, a, "short", "short", b]);
  });

  it("keeps a null answer as an answer", () => {
    let reads = 0;
    const once = lastRead(
      () => {
        reads += 1;
        return null;
      },
      { shortest: 1 },
    );
    expect([once("x"), once("x")]).toEqual([null, null]);
    expect(reads).toBe(1);
  });
});

// Messages in seven languages, each folded and read for its history twice in a row and in
// alternation: the answers do not depend on what was read before.
const MESSAGES = [
  "Thank you for interviewing with us. We’ve decided to move forward with another candidate.\n\nOn Mon, 6 Jan 2025 at 10:02, Maya Ortiz <maya@example.com> wrote:\n> Hi, any news?",
  "Vielen Dank für Ihre Bewerbung. Leider müssen wir Ihnen mitteilen, dass wir uns für jemand anderen entschieden haben.\n\nAm 6. Jan. 2025 um 10:02 schrieb Jordan <j@example.com>:\n> Hallo",
  "Merci pour votre candidature. Malheureusement, nous avons retenu un autre profil.\n\nLe lun. 6 janv. 2025 à 10:02, Jordan <j@example.com> a écrit\u202f:\n> Bonjour",
  "Gracias por tu interés. Lamentablemente hemos decidido seguir con otra persona. ß æ Å\n\n-----Mensaje original-----\nDe: Jordan <j@example.com>\nEnviado: lunes\nAsunto: Hola",
  "Bedankt voor je sollicitatie. Helaas hebben we gekozen voor een andere kandidaat.\n\nOp ma 6 jan 2025 om 10:02 schreef Jordan <j@example.com>:\n> Hoi",
  "Grazie per la candidatura. Purtroppo abbiamo scelto un altro profilo, ci dispiace.\n\nIl giorno lun 6 gen 2025 alle 10:02 Jordan <j@example.com> ha scritto:\n> Ciao",
  "Obrigado pela candidatura. Infelizmente decidimos avançar com outra pessoa, lamentamos.\n\nEm seg., 6 de jan. de 2025 às 10:02, Jordan <j@example.com> escreveu:\n> Olá",
];

describe("message readers that keep the last text", () => {
  const fresh = MESSAGES.map((m) => ({
    folded: foldText(m),
    language: detectLanguage(m),
    history: historyStart(m),
    newest: newestPart(m),
  }));

  it.each(MESSAGES.map((m, i) => [i, m] as const))(
    "message %i reads the same twice in a row and after the others",
    (i, message) => {
      const expected = fresh[i];
      for (const other of [message, MESSAGES[(i + 1) % MESSAGES.length] ?? "", message]) {
        foldText(other);
        historyStart(other);
        expect(foldText(message)).toBe(expected?.folded);
        expect(detectLanguage(message)).toBe(expected?.language);
        expect(historyStart(message)).toBe(expected?.history);
        expect(newestPart(message)).toBe(expected?.newest);
        expect(historyStart(message)).toBe(expected?.history);
      }
    },
  );

  it("finds the reply header in every language and folds accents away", () => {
    expect(fresh.map((f) => f.history > 0)).toEqual(MESSAGES.map(() => true));
    // NFD takes accents off; "æ" has none to take, "ß" becomes "ss".
    expect(fresh[3]?.folded).toContain(
      "interes. lamentablemente hemos decidido seguir con otra persona. ss æ a",
    );
    expect(fresh.map((f) => f.language)).toEqual(["en", "de", "fr", "es", "nl", "it", "pt"]);
  });
});
