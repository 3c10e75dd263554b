import { describe, expect, it } from "vitest";
import { gmailForward } from "../support/forwarding.ts";
import { storedCategory } from "../support/stored-category.ts";

// One message of each kind fixed in classify-pause-referral-offer.test.ts and
// classify-role-closed-or-needed.test.ts, forwarded from Gmail through the Worker's real
// email() handler. Words of our own, from no fixture.

/** The category and reason email() stored for a Gmail forward of `message`. */
const stored = (message: Parameters<typeof gmailForward>[0]) =>
  storedCategory(gmailForward(message));

describe("email(): a founder pauses hiring and promises a call for the restart", () => {
  it("fr: stores a rejection on hold, not an invitation", async () => {
    const result = await stored({
      from: "Hélène Vasseur <helene@ateliers-corbin.example>",
      subject: "Des nouvelles",
      body: [
        "Bonjour Jordan,",
        "",
        "Je préfère te l'écrire directement. Notre tour de table est décalé, et nous avons dû",
        "geler tous les recrutements jusqu'à l'été, y compris le poste de data engineer.",
        "Ce n'est pas lié à toi : l'équipe a beaucoup aimé l'entretien. Je t'appelle dès que",
        "ça repart.",
        "",
        "Hélène",
      ],
    });
    expect(result).toEqual({ category: "rejection", reason: "on_hold" });
  });
});

describe("email(): a referrer's reply that is sorry about a 'no' elsewhere", () => {
  it("es: stores a referral offer, not a rejection", async () => {
    const result = await stored({
      from: "Irene Castaño <irene.castano@grupo-albatros.example>",
      subject: "Re: ¿Cómo va todo?",
      body: [
        "¡Hola Jordan!",
        "",
        "Siento lo de la otra empresa, no supieron verlo. Te cuento: en mi equipo buscamos",
        "un ingeniero de datos y puedo meterte por el programa de referidos, que va mucho más",
        "rápido. Mándame tu CV actualizado y lo subo esta semana.",
        "",
        "Un abrazo,",
        "Irene",
      ],
    });
    expect(result.category).toBe("referral_offer");
  });
});

describe("email(): an offer and the first-day logistics after it", () => {
  it("en: a founder's offer in a reply is an offer, not a referral", async () => {
    const result = await stored({
      from: "Tomas Reyes <tomas.reyes.founder@gmail.example>",
      subject: "Quillmark offer",
      body: [
        "Hi Jordan,",
        "",
        "Making it official after our chat: we'd love you to join Quillmark as our first data",
        "engineer. 85k base, 0.5% equity with a four-year vest, start in March.",
        "Happy to put you in touch with our investors if you want to sanity check us.",
        "",
        "Hope it's a yes,",
        "Tomas",
      ],
    });
    expect(result.category).toBe("offer");
  });

  it("en: onboarding tasks from the HR system after the offer are other", async () => {
    const result = await stored({
      from: "Quillmark People <people@quillmark.example>",
      subject: "Welcome to Quillmark! Your onboarding tasks are ready",
      body: [
        "Hi Jordan,",
        "",
        "Welcome to Quillmark! We're so glad you're joining us on Monday, March 2.",
        "To get ready for your first day, please log in to the HR portal and complete your",
        "onboarding tasks: bank details for payroll, emergency contact, and sign your",
        "employment contract.",
        "",
        "Quillmark People Team",
      ],
    });
    expect(result.category).toBe("other");
  });
});

describe("email(): a tracking system's receipt for a referred application", () => {
  it("en: stores application_received, not other", async () => {
    const result = await stored({
      from: "Holloway Talent <no-reply@holloway.ats-mailer.example>",
      subject: "Your application to Holloway",
      body: [
        "Hi Jordan,",
        "",
        "Priya Nair has referred you for the Data Engineer position at Holloway, and your",
        "application is now in our system. Our recruiting team reviews referrals first and",
        "will be in touch about next steps.",
        "",
        "Holloway Talent Team",
      ],
    });
    expect(result.category).toBe("application_received");
  });
});

describe("email(): the reason a 'no' gives", () => {
  it.each([
    {
      language: "es",
      want: "position_closed",
      from: "Talento Ostwind <talento@ostwind-energia.example>",
      subject: "Tu candidatura: Analista de datos",
      body: [
        "Hola Jordan:",
        "",
        "Tras revisar las necesidades del área, hemos decidido cerrar este proceso de",
        "selección sin cubrir la vacante. Por este motivo, no continuaremos con tu candidatura.",
        "",
        "Un saludo,",
        "Equipo de Talento",
      ],
    },
    {
      language: "en",
      want: "generic",
      from: "Ostwind Careers <careers@ostwind-energy.example>",
      subject: "Your application",
      body: [
        "Dear Jordan,",
        "",
        "This is to let you know that your application for the Data Analyst position",
        "(req 4471) at Ostwind has been withdrawn from consideration.",
        "",
        "Ostwind Careers",
      ],
    },
    {
      language: "it",
      want: "not_a_fit_for_role",
      from: "Davide Marchetti <davide.marchetti@ferrovelo.example>",
      subject: "La tua candidatura",
      body: [
        "Ciao Jordan,",
        "",
        "grazie ancora per la chiacchierata. Per questa posizione abbiamo bisogno di una",
        "persona presente in ufficio a Bari almeno tre giorni a settimana, e per questo non",
        "possiamo proseguire con la tua candidatura.",
        "",
        "Un saluto,",
        "Davide",
      ],
    },
  ])("$language: stores a rejection with reason $want", async ({ want, ...message }) => {
    expect(await stored(message)).toEqual({ category: "rejection", reason: want });
  });
});
