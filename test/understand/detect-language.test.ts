import { describe, expect, it } from "vitest";
import { detectLanguage, foldText } from "../../src/understand/detect-language.ts";

describe("detectLanguage", () => {
  it.each([
    [
      "en",
      "Thank you for your interest. Unfortunately we have decided to move forward with another candidate.",
    ],
    ["en", "Hi Jordan, sorry, we went with someone else. Best, Raj"],
    ["en", "I am out of the office until Monday with limited access to email."],
    [
      "de",
      "Vielen Dank für Ihre Bewerbung. Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden haben.",
    ],
    [
      "de",
      "Hallo Jordan, ich bin bis zum 14. Januar nicht im Büro und habe keinen Zugriff auf meine E-Mails.",
    ],
    ["de", "Gerne gebe ich dir noch ein kurzes Feedback zu unserem Gespräch."],
    [
      "fr",
      "Bonjour Jordan, nous avons le regret de vous informer que votre candidature n'a pas été retenue.",
    ],
    ["fr", "Je suis absente jusqu'au 20 août. Pour toute urgence, merci de contacter l'équipe RH."],
    ["fr", "Nous conservons votre CV dans notre vivier et reviendrons vers vous."],
    ["es", "Hola Jordan, lamentablemente hemos seleccionado a otro candidato para el puesto."],
    ["es", "Estoy fuera de la oficina por vacaciones hasta el 31 de agosto."],
    ["es", "Gracias por tu interés. Guardaremos tu CV en nuestra base de datos."],
    [
      "nl",
      "Beste Jordan, helaas hebben we gekozen voor een andere kandidaat. Met vriendelijke groet, Sanne",
    ],
    ["nl", "Bedankt voor je sollicitatie. We hebben de vacature intern ingevuld."],
    [
      "it",
      "Gentile Jordan, purtroppo abbiamo scelto un altro candidato per la posizione. Cordiali saluti",
    ],
    ["it", "Grazie per il tuo interesse, ci dispiace ma non proseguiremo con la tua candidatura."],
    [
      "pt",
      "Olá Jordan, infelizmente optamos por seguir com outro candidato para esta vaga. Atenciosamente",
    ],
    ["pt", "Obrigado pelo seu interesse. Não daremos seguimento à sua candidatura."],
  ])("reads %s: %s", (language, text) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it("goes by the bulk of the text, not an English footer", () => {
    const text =
      "Sehr geehrter Herr Lee, vielen Dank für Ihr Interesse an unserem Unternehmen. Leider können wir Ihre Bewerbung nicht berücksichtigen. Wir wünschen Ihnen für die Zukunft alles Gute.\n\nThis email was sent automatically via Personio. Please do not reply.";
    expect(detectLanguage(text)).toBe("de");
  });

  it.each([
    ["an empty body", ""],
    ["a signature only", "Raj\nSent from my iPhone"],
    ["numbers and links", "https://example.com/jobs/123 +49 30 1234567"],
  ])("falls back to English for %s", (_name, text) => {
    expect(detectLanguage(text)).toBe("en");
  });

  it("reads only the start of a long text", () => {
    const text = `${"Leider haben wir uns anders entschieden. ".repeat(200)}${"The the the the. ".repeat(5_000)}`;
    expect(detectLanguage(text)).toBe("de");
  });
});

describe("foldText", () => {
  it.each([
    ["Vielen Dank für Ihre Rückmeldung", "vielen dank fur ihre ruckmeldung"],
    ["Grüße aus der Straße", "grusse aus der strasse"],
    ["Nous n’avons pas été retenus", "nous n'avons pas ete retenus"],
    ["¿Qué tal? Enhorabuena, Muñoz", "¿que tal? enhorabuena, munoz"],
    ["Não daremos seguimento à candidatura", "nao daremos seguimento a candidatura"],
    ["We’ve decided", "we've decided"],
  ])("folds %s", (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });
});

describe("detectLanguage on one-line messages", () => {
  it.each([
    ["de", "Die Stelle wurde intern besetzt."],
    ["de", "Ich befinde mich bis zum 3. Mai im Urlaub."],
    ["fr", "Je suis en congé jusqu'au 2 septembre inclus."],
    ["fr", "Le poste a été pourvu en interne."],
    ["es", "Estaré de vacaciones hasta el 15 de agosto."],
    ["es", "La vacante ha sido cubierta internamente."],
    ["it", "Sono fuori ufficio fino al 3 settembre."],
    ["it", "Vorremmo invitarti a un colloquio conoscitivo la prossima settimana."],
    ["pt", "Temos o prazer de lhe oferecer a vaga de Engenheiro de Dados."],
    ["pt", "Gostaríamos de convidá-lo para uma entrevista com a equipa."],
    ["nl", "Beste Jordan, de functie is komen te vervallen."],
    ["en", "Thanks Jordan, got it! Speak soon."],
  ])("reads %s: %s", (language, text) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it("is not swayed by a name's letters in an English signature", () => {
    expect(
      detectLanguage("Thanks again for your time, we will be in touch soon.\n\nAna Muñoz\nZürich"),
    ).toBe("en");
  });

  it("does not read web addresses as words", () => {
    expect(
      detectLanguage("Please apply at careers.example.com and see www.example.com/jobs for more."),
    ).toBe("en");
  });
});
