import { describe, expect, it } from "vitest";
import { gmailForward } from "../support/forwarding.ts";
import { storedCategory } from "../support/stored-category.ts";

// One message of each kind fixed in classify-kinds14b.test.ts, forwarded from Gmail through the
// Worker's real email() handler. Words of our own, from no fixture.

/** The category and reason email() stored for a Gmail forward of `message`. */
const stored = (message: Parameters<typeof gmailForward>[0]) =>
  storedCategory(gmailForward(message));

describe("email(): the classifier kinds left on development sets", () => {
  it("en: a portal's notice that the application was referred to the hiring manager is an acknowledgement", async () => {
    const result = await stored({
      from: "Civic Careers Portal <no-reply@civic-careers.example>",
      subject: "Application status update",
      body: [
        "Dear Jordan Lee,",
        "",
        "Position: Records Analyst",
        "Announcement: RA-2026-0413",
        "Status: Referred",
        "",
        "Your application has been referred to the hiring manager for consideration. Being",
        "referred does not mean that you have been selected.",
        "",
        "You will receive another notice once a selection has been made.",
      ],
    });
    expect(result).toEqual({ category: "application_received", reason: null });
  });

  it("de: a newsletter that quotes someone else's rejection is other mail", async () => {
    const result = await stored({
      from: "Karrierebrief <post@karrierebrief.example>",
      subject: "Karrierebrief Ausgabe 23: Was eine Absage wirklich sagt",
      body: [
        "KARRIEREBRIEF – Ausgabe 23",
        "",
        "Hallo zusammen,",
        "",
        "eine Leserin schrieb uns letzte Woche nach drei Absagen, die alle gleich klangen:",
        "„Leider haben wir uns für eine andere Kandidatin entschieden.“ Was heißt das? Wenig.",
        "Prüfen Sie lieber Ihren Lebenslauf und Ihre Antworten im Bewerbungsformular.",
        "",
        "Bis nächsten Donnerstag,",
        "Ihre Redaktion",
        "",
        "Sie erhalten diese E-Mail, weil Sie den Karrierebrief abonniert haben. Newsletter abbestellen.",
      ],
    });
    expect(result.category).toBe("other");
  });

  it("en: HR's e-signature paperwork after an accepted offer is not an offer", async () => {
    const result = await stored({
      from: "Noor Haddad <noor.haddad@lindenworks.example>",
      subject: "Your paperwork before 9 March",
      body: [
        "Hi Jordan,",
        "",
        "Marta tells me you've accepted, wonderful news!",
        "",
        "I handle contracts and new-starter admin. You should now have an envelope from DocuSign",
        "with your employment contract and the confidentiality agreement; could you sign both by",
        "Friday?",
        "",
        "Before your start date we also need two referees and a copy of your passport.",
        "",
        "Thanks,",
        "Noor",
      ],
    });
    expect(result.category).toBe("other");
  });

  it("fr: a note about the first day's arrival is not an interview invitation", async () => {
    const result = await stored({
      from: "Claire Fontanel <claire.fontanel@verger-logistique.example>",
      subject: "Votre arrivée le 2 mars",
      body: [
        "Bonjour Jordan,",
        "",
        "Nous sommes ravis de vous accueillir bientôt !",
        "",
        "Voici quelques informations pratiques pour votre arrivée le lundi 2 mars :",
        "- Rendez-vous à 9h00 à l'accueil, je viendrai vous chercher.",
        "- Pensez à votre carte Vitale et à un RIB.",
        "",
        "Un petit-déjeuner d'accueil est prévu le 5 mars pour les nouvelles recrues.",
        "",
        "Bien à vous,",
        "Claire Fontanel",
        "Chargée RH",
      ],
    });
    expect(result.category).toBe("other");
  });

  it("en: qualified but not among the best-qualified is another candidate chosen", async () => {
    const result = await stored({
      from: "Civic Careers Portal <no-reply@civic-careers.example>",
      subject: "Application status update",
      body: [
        "Dear Jordan Lee,",
        "",
        "Your application for Records Analyst has been reviewed. You were found to meet the",
        "minimum qualification requirements for this position; however, you were not among the",
        "best-qualified candidates and therefore were not referred to the selecting official.",
      ],
    });
    expect(result).toEqual({ category: "rejection", reason: "other_candidate" });
  });

  it("es: a gap said as too wide is not a fit for the role", async () => {
    const result = await stored({
      from: "Álvaro Nieto <alvaro@pinar-datos.example>",
      subject: "Re: Candidatura Lead Backend",
      body: [
        "Hola Jordan,",
        "",
        "Gracias por tu paciencia. Te soy sincero: no vamos a seguir adelante con tu candidatura.",
        "Tu entrevista técnica fue buena, pero tu experiencia es sobre todo en Java y la distancia",
        "nos parecía demasiado grande para este puesto en este momento.",
        "",
        "Un abrazo,",
        "Álvaro",
      ],
    });
    expect(result).toEqual({ category: "rejection", reason: "not_a_fit_for_role" });
  });
});
