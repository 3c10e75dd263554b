import { describe, expect, it } from "vitest";
import { findReturnDate } from "../../src/understand/return-date.ts";

const RECEIVED = "2026-11-04T10:00:00.000Z";

describe("findReturnDate", () => {
  it.each([
    [
      "en",
      "I am out of the office until Monday 16 November with limited access to email.",
      "2026-11-16",
    ],
    ["en", "I'm on leave from 5 to 13 November and will reply when I'm back.", "2026-11-13"],
    ["en", "Thanks for your message. I will be back on January 14.", "2027-01-14"],
    [
      "de",
      "Ich bin bis zum 14. Januar nicht im Büro und habe keinen Zugriff auf E-Mails.",
      "2027-01-14",
    ],
    ["fr", "Je suis absente jusqu'au 20 novembre. Je vous répondrai à mon retour.", "2026-11-20"],
    ["es", "Estaré fuera de la oficina hasta el 18 de noviembre.", "2026-11-18"],
    ["en", "I am out of the office with limited access to email.", null],
    ["en", "I am on parental leave until 3 October 2027.", null],
  ])("%s: %s → %s", (language, text, expected) => {
    const found = findReturnDate(text, language, RECEIVED);
    expect(found?.slice(0, 10) ?? null).toBe(expected);
  });
});
