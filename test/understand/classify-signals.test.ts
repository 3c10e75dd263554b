import { describe, expect, it } from "vitest";
import type { ClassifyInput } from "../../src/understand/classify.ts";
import { foldText } from "../../src/understand/detect-language.ts";
import {
  CONTEXT_BASE,
  CONTEXT_FEATURE_NAMES,
  FEATURE_COUNT,
  messageFeatures,
} from "../../src/understand/model/features.ts";
import {
  type PatternEvidence,
  patternEvidence,
  REASON_NAMES,
  SIGNAL_NAMES,
} from "../../src/understand/pattern-evidence.ts";

/** The phrase evidence of a body, read as messageFeatures reads it (folded, padded). */
function evidenceOf(body: string): PatternEvidence {
  return patternEvidence(` \n ${foldText(body).replace(/\s+/g, " ")} `);
}
const signal = (body: string, name: (typeof SIGNAL_NAMES)[number]) =>
  evidenceOf(body).signals[SIGNAL_NAMES.indexOf(name)] ?? 0;
const reason = (body: string, name: (typeof REASON_NAMES)[number]) =>
  evidenceOf(body).reasons[REASON_NAMES.indexOf(name)] ?? 0;

describe("the employer closing the reader's candidacy says no", () => {
  it.each([
    ["en", "Since the budget is gone we are closing out the remaining applications this week."],
    ["de", "Aus diesem Grund beenden wir hiermit das Auswahlverfahren für diese Position."],
    ["fr", "Nous clôturons par conséquent votre candidature pour ce poste."],
    ["es", "Por lo tanto cerramos tu candidatura para esta vacante."],
    ["nl", "Daarom sluiten we je sollicitatie voor deze functie af."],
    ["it", "Chiudiamo pertanto la sua candidatura per questa posizione."],
    ["pt", "Encerramos assim a sua candidatura a esta vaga."],
  ])("%s: %s", (_language, body) => {
    expect(signal(body, "rejection")).toBeGreaterThanOrEqual(3);
  });

  it.each([
    ["en", "The selection process for the analyst post was terminated by the board."],
    ["en", "Your applications for the three positions are now closed."],
    ["de", "Das Stellenbesetzungsverfahren wurde aus Haushaltsgründen aufgehoben."],
    ["fr", "La procédure de recrutement pour ce poste a été annulée."],
    ["es", "La convocatoria para la plaza de técnico ha quedado desierta."],
    ["nl", "De wervingsprocedure voor deze functie is stopgezet."],
    ["it", "Il concorso per il profilo di analista è stato revocato."],
    ["pt", "O procedimento concursal foi cessado por decisão da direção."],
  ])("a public body's procedure ended, %s: %s", (_language, body) => {
    expect(signal(body, "rejection")).toBeGreaterThanOrEqual(3);
  });

  it.each([
    "Applications close on Friday, so send yours soon.",
    "We will close the loop with you after the panel meets.",
  ])("is not read into a deadline or a promise: %s", (body) => {
    expect(signal(body, "rejection")).toBeLessThan(3);
  });
});

describe("a call proposed or an invitation already sent asks to meet", () => {
  it.each([
    ["en", "I've just sent you a Zoom invite for Tuesday at 3pm.", 3],
    ["en", "Would you be up for a short chat sometime next week?", 2],
    ["de", "Könnte es Ihnen am Mittwochvormittag vielleicht passen?", 2],
    ["fr", "Seriez-vous disponible pour un échange en visio jeudi ?", 2],
    ["es", "¿Te apetece una llamada el lunes por la tarde?", 2],
    ["nl", "Heb je zin in een kort gesprek volgende week?", 2],
    ["it", "Ti andrebbe di fare una chiamata giovedì?", 2],
    ["pt", "Estaria disponível para uma conversa na sexta?", 2],
  ])("%s: %s", (_language, body, band) => {
    expect(signal(body, "invite")).toBeGreaterThanOrEqual(band);
  });
});

describe("someone putting the reader forward is a referral", () => {
  it.each([
    ["en", "I talked with our engineering director about you yesterday.", 2],
    ["en", "Priya is expecting your email, so write to her directly.", 2],
    ["es", "Si te parece bien, te recomiendo yo directamente al equipo.", 3],
    ["es", "Te puedo presentar a la responsable de datos.", 3],
    ["nl", "Ik draag je voor als referral bij ons team.", 3],
    ["pt", "Falei de você com a diretora da área.", 2],
  ])("%s: %s", (_language, body, band) => {
    expect(signal(body, "referral")).toBeGreaterThanOrEqual(band);
  });
});

describe("a job alert lists jobs to apply for; other bulk mail does not", () => {
  it.each([
    ["en", "Based on your search: 8 new data engineer jobs near you. Apply now."],
    ["de", "Wir haben 5 neue Stellenangebote für Sie gefunden."],
    ["fr", "Voici les nouvelles offres qui correspondent à votre alerte emploi."],
    ["es", "Tienes 3 nuevas ofertas de empleo para ti."],
    ["nl", "Bekijk alle vacatures die bij je zoekopdracht passen."],
    ["it", "Ecco gli annunci per te di questa settimana."],
    ["pt", "Encontrámos 4 novas vagas para você."],
  ])("%s alert: %s", (_language, body) => {
    expect(signal(body, "jobList")).toBeGreaterThanOrEqual(3);
  });

  it.each([
    "In this issue: how to negotiate an offer, and a podcast on burnout. Unsubscribe anytime.",
    "A recruiter viewed your application. Manage your email preferences.",
    "Your password was changed. If this was not you, contact support.",
  ])("no jobs offered: %s", (body) => {
    expect(signal(body, "jobList")).toBeLessThan(2);
  });
});

describe("a recruiter keeping the reader in their own files is keep-on-file", () => {
  it.each([
    ["en", "I'd love to keep you on my radar for the spring contracts."],
    ["de", "Ich behalte Sie gerne auf dem Schirm für ähnliche Projekte."],
    ["fr", "Je garde votre profil sous le coude pour la suite."],
    ["es", "Te tengo en mi radar para los próximos procesos."],
    ["nl", "Ik houd je in mijn bestand voor toekomstige opdrachten."],
    ["it", "Ti tengo nel mio radar per le prossime ricerche."],
    ["pt", "Vou manter o seu perfil no meu radar."],
  ])("%s: %s", (_language, body) => {
    expect(signal(body, "keepOnFile")).toBeGreaterThanOrEqual(3);
  });
});

describe("a notice that the reader's data will be deleted is housekeeping", () => {
  it.each([
    ["en", "Per our privacy policy we will be purging your applicant data next month."],
    ["de", "Ihre Bewerbungsunterlagen werden nach Ablauf der Frist automatisch gelöscht."],
    ["fr", "Conformément au RGPD, nous procéderons à la suppression de vos données."],
    ["es", "Pasado ese plazo procederemos a eliminar sus datos de nuestros sistemas."],
    ["nl", "Na vier weken verwijderen wij uw persoonsgegevens uit ons systeem."],
    ["it", "Trascorsi sei mesi provvederemo a cancellare i suoi dati."],
    ["pt", "Os seus dados e o currículo serão apagados no fim do prazo."],
  ])("%s: %s", (_language, body) => {
    expect(signal(body, "account")).toBeGreaterThanOrEqual(3);
  });

  it("leaves an offer to keep the CV for future roles alone", () => {
    const body = "We'd like to keep your CV on file and contact you about future openings.";
    expect(signal(body, "account")).toBe(0);
    expect(signal(body, "keepOnFile")).toBeGreaterThanOrEqual(3);
  });
});

describe("reasons said in words the first tables missed", () => {
  it.each([
    ["en", "The company has put a hold on new hires until the spring.", "on_hold"],
    ["de", "Wir haben entschieden, die Suche vorerst auszusetzen.", "on_hold"],
    [
      "fr",
      "Le recrutement pour ce poste d'analyste a été suspendu jusqu'à nouvel ordre.",
      "on_hold",
    ],
    ["nl", "We hebben besloten de vacature voorlopig te bevriezen.", "on_hold"],
    ["en", "The requisition for Platform Engineer (ref. 88-12) was cancelled.", "position_closed"],
    ["en", "This opening will not be filled this year.", "position_closed"],
    ["de", "Die ausgeschriebene Stelle ist mittlerweile leider vergeben.", "position_closed"],
    ["es", "Hemos cerrado la vacante tras revisar el presupuesto.", "position_closed"],
    ["it", "Il ruolo è stato nel frattempo coperto da una collega.", "position_closed"],
    ["pt", "Já não vamos contratar para esta função.", "position_closed"],
    [
      "en",
      "The role requires an active security clearance at start, and we cannot sponsor one.",
      "not_a_fit_for_role",
    ],
    [
      "de",
      "Die Stelle ist ausschließlich für eingeschriebene Studierende gedacht.",
      "not_a_fit_for_role",
    ],
    ["fr", "Nous cherchons quelqu'un de plus expérimenté en mobile.", "not_a_fit_for_role"],
    [
      "es",
      "Para este puesto necesitamos experiencia liderando equipos grandes.",
      "not_a_fit_for_role",
    ],
    [
      "it",
      "La posizione, dopo la revisione interna, richiede esperienza con SAP.",
      "not_a_fit_for_role",
    ],
  ] as const)("%s: %s", (_language, body, name) => {
    expect(reason(body, name)).toBeGreaterThanOrEqual(3);
  });

  it("hears a hint of a hold in not knowing when the search resumes", () => {
    expect(reason("We don't know when the role will reopen.", "on_hold")).toBeGreaterThanOrEqual(2);
  });
});

/** The signals-in-context features of a message, by name. */
function contextOf(input: ClassifyInput): string[] {
  return messageFeatures(input)
    .indices.filter((i) => i >= CONTEXT_BASE)
    .map((i) => CONTEXT_FEATURE_NAMES[i - CONTEXT_BASE] ?? `?${i}`);
}
const from = (senderAddress: string | null, body: string, extra: Partial<ClassifyInput> = {}) => ({
  subject: "",
  body,
  senderAddress,
  autoReplyHeader: false,
  ...extra,
});

describe("signals read in context", () => {
  it("names every feature from CONTEXT_BASE on once", () => {
    expect(CONTEXT_BASE + CONTEXT_FEATURE_NAMES.length).toBe(FEATURE_COUNT);
    expect(new Set(CONTEXT_FEATURE_NAMES).size).toBe(CONTEXT_FEATURE_NAMES.length);
  });

  it.each([
    [
      "a stranger proposing a call about a role nobody applied to",
      from(
        "sam@talentbridge.example",
        "I'm a consultant working on a lead engineer search. Would you be up for a quick call?",
      ),
      ["invite@not-yours", "invite@from-person"],
      ["invite@yours", "invite@from-system"],
    ],
    [
      "a headhunter's first message proposing a call: cold, nothing under way",
      from(
        "ana@quarrytalent.example",
        "I came across your profile and I'm working on a search for a client. Would you be open to a quick call?",
      ),
      // The call it proposes is read as part of the approach.
      ["outreach@cold"],
      ["invite@cold", "invite@underway", "invite@not-yours", "outreach@underway"],
    ],
    [
      "a recruiter proposing a call after the reader applied: under way, not cold",
      from(
        "ana@quarrytalent.example",
        "I'm a recruiter at Quarry and I read your application. Would you be open to a quick call?",
      ),
      ["invite@underway"],
      ["invite@cold", "outreach@cold"],
    ],
    [
      "an ATS inviting the reader to interview about their application",
      from(
        "no-reply@greenhouse.io",
        "Thanks for your application. We'd like to invite you to an interview next week.",
      ),
      ["invite@yours", "invite@from-system"],
      ["invite@not-yours", "invite@from-person"],
    ],
    [
      "a recruiter's no, answering the reader's own question",
      from("lee@acme.example", "Unfortunately we went with another candidate.", {
        repliesToOwn: true,
      }),
      ["rejection@replies-to-own", "rejection@from-person"],
      [],
    ],
    [
      "a newsletter that lists articles, not jobs",
      from(
        "news@careers-digest.example",
        "In this issue: three tips for your job search and a podcast. Unsubscribe here.",
      ),
      ["housekeeping:outright", "housekeeping:leads", "bulk:without-jobs"],
      [],
    ],
    [
      "a job alert",
      from(
        "alerts@jobs-board.example",
        "12 new jobs for you: backend engineer roles matching your search. Unsubscribe here.",
      ),
      [],
      ["bulk:without-jobs", "housekeeping:outright"],
    ],
  ])("%s", (_name, input, present, absent) => {
    const names = contextOf(input);
    for (const name of present) expect(names).toContain(name);
    for (const name of absent) expect(names).not.toContain(name);
  });
});

describe("an opening the employer takes down is a closed position", () => {
  it.each([
    [
      "en",
      "Owing to a change in priorities we are not able to fill the Senior Data Engineer role after all.",
    ],
    ["en", "We have made the decision to withdraw the Platform Lead (Berlin) vacancy."],
    ["en", "Regrettably the position you applied for is no longer available."],
    ["en", "After the merger the role as planned simply no longer exists."],
    ["en", "We have now closed the search and thank you for your patience."],
    ["de", "Die Stellenausschreibung wurde inzwischen zurückgezogen."],
    ["fr", "Le poste de chef de projet n'est malheureusement plus d'actualité."],
    ["es", "La vacante de analista ha sido cancelada por la dirección."],
    ["nl", "De vacature voor teamleider is helaas ingetrokken."],
    ["pt", "A vaga de analista de dados foi cancelada pela empresa."],
  ])("%s: %s", (_language, body) => {
    expect(reason(body, "position_closed")).toBeGreaterThanOrEqual(3);
  });

  it.each([
    "We withdraw the job posting to new applicants on Friday; interviews continue.",
    "Is the role you applied to still open? Check the portal for its status.",
  ])("is not read into a deadline or a question: %s", (body) => {
    expect(reason(body, "position_closed")).toBeLessThan(3);
  });
});

describe("a ruling on eligibility or referral says no", () => {
  it.each([
    "Following review, you were found ineligible for this announcement.",
    "Your application was not referred to the selecting official.",
    "Based on your answers you do not meet the minimum qualifications for the grade.",
    "Your application for Field Technician has been withdrawn by Northgate Water.",
  ])("%s", (body) => {
    expect(signal(body, "rejection") + reason(body, "not_a_fit_for_role")).toBeGreaterThanOrEqual(
      3,
    );
  });

  it.each([
    "Your application has been withdrawn by you on 3 March.",
    "You were found eligible and your application was referred to the hiring manager.",
  ])("not when the reader withdrew or was referred: %s", (body) => {
    expect(signal(body, "rejection")).toBeLessThan(3);
    expect(reason(body, "not_a_fit_for_role")).toBeLessThan(3);
  });

  it("hears a Dutch choice for someone with more of something", () => {
    expect(
      signal("We hebben gekozen voor iemand met meer ervaring in de zorg.", "rejection"),
    ).toBeGreaterThanOrEqual(3);
  });
});

describe("a recruiter introducing themselves by trade is an approach", () => {
  it.each([
    ["en", "Hello, I'm Morgan, a technical recruiter with a search firm in Leeds."],
    ["de", "Mein Name ist Jana, ich bin Personalberaterin für IT-Positionen."],
    ["fr", "Je m'appelle Inès et je suis chasseur de têtes dans la tech."],
    ["es", "Me llamo Nuria, soy reclutadora independiente."],
    ["nl", "Ik ben Bram, recruiter voor een bureau in Utrecht."],
    ["it", "Mi permetto di contattarti per una ricerca che sto seguendo."],
    ["pt", "Sou Marta, consultora numa empresa de recrutamento."],
  ])("%s: %s", (_language, body) => {
    expect(signal(body, "outreach")).toBeGreaterThanOrEqual(2);
  });

  it.each([
    "Sono stati selezionati altri candidati per questa posizione.",
    "I'm sorry to say the panel chose another applicant.",
  ])("not a sentence that merely starts the same way: %s", (body) => {
    expect(signal(body, "outreach")).toBe(0);
  });
});

describe("an application said to be with someone and being read is acknowledged", () => {
  it.each([
    ["en", "Your application is currently being reviewed by the engineering leads."],
    ["en", "Nice one: your application for Bike Mechanic has landed with our workshop team."],
    ["de", "Deine Unterlagen werden derzeit gesichtet."],
    ["fr", "Ta candidature sera étudiée par l'équipe dans les prochains jours."],
    [
      "es",
      "Gracias por tu postulación al puesto de analista. La hemos recibido y la revisaremos pronto.",
    ],
    ["nl", "Uw sollicitatie wordt momenteel bekeken door de afdeling."],
    ["it", "La tua candidatura verrà esaminata entro due settimane."],
    ["pt", "A tua candidatura está em análise pela equipa."],
  ])("%s: %s", (_language, body) => {
    expect(signal(body, "acknowledgement")).toBeGreaterThanOrEqual(2);
  });

  it.each([
    "Your application has been reviewed and we will not be taking it further.",
    "Once applications are reviewed, the panel meets on Monday.",
  ])("not a review that is over or someone else's: %s", (body) => {
    expect(signal(body, "acknowledgement")).toBe(0);
  });
});

describe("a receipt that answers only the shortlist is an acknowledgement", () => {
  it.each([
    [
      "en",
      "Sadly we are unable to respond to every applicant and will only contact shortlisted candidates.",
    ],
    ["de", "Wir melden uns nur bei den ausgewählten Bewerberinnen und Bewerbern zurück."],
    ["fr", "Seuls les candidats présélectionnés seront contactés."],
    ["es", "Solo nos pondremos en contacto con los perfiles preseleccionados."],
    ["nl", "Alleen geschikte kandidaten worden benaderd voor een gesprek."],
    ["it", "Verranno contattati solo i profili in linea con la posizione."],
    ["pt", "Apenas os candidatos selecionados serão contactados."],
  ])("%s: %s", (_language, body) => {
    expect(signal(body, "acknowledgement")).toBeGreaterThanOrEqual(3);
  });
});

describe("a process already under way with the reader", () => {
  it.each([
    ["en", "Thanks for applying; the hiring manager has read your application."],
    ["en", "Following our call on Monday, here is what happens next."],
    ["de", "Wie besprochen melde ich mich wegen Ihrer Bewerbung."],
    ["fr", "Suite à notre échange de mardi, voici la suite."],
    ["es", "Tras nuestra llamada, te escribo sobre tu candidatura."],
    ["nl", "Naar aanleiding van ons gesprek van gisteren stuur ik je dit."],
    ["it", "A seguito del nostro colloquio le scrivo due righe."],
    ["pt", "Conforme combinado, envio-lhe os próximos passos."],
  ])("%s: %s", (_language, body) => {
    expect(signal(body, "underway")).toBeGreaterThanOrEqual(3);
  });

  it.each([
    "I came across your profile and wanted to tell you about a new role.",
    "Mein Mandant sucht eine Teamleitung; Ihr Profil ist mir aufgefallen.",
  ])("is not a stranger's approach: %s", (body) => {
    expect(signal(body, "underway")).toBe(0);
  });
});

describe("a concrete later opening the CV is kept for", () => {
  it.each([
    ["en", "We have upcoming platform roles planned for early next year and will keep your CV."],
    ["en", "I'll get in touch the moment the role is approved."],
    ["de", "Sobald die Stelle wieder frei ist, melden wir uns bei Ihnen."],
    ["fr", "Nous vous recontacterons dès que le poste sera rouvert."],
    ["es", "Te escribiré en cuanto se abra la vacante de nuevo."],
    ["nl", "We nemen contact op zodra de vacature weer open is."],
    ["it", "La ricontatteremo non appena la posizione verrà riaperta."],
    ["pt", "Entraremos em contacto assim que a vaga reabrir."],
  ])("%s: %s", (_language, body) => {
    expect(signal(body, "laterOpening")).toBeGreaterThanOrEqual(2);
  });

  it("is not a courtesy about opportunities in general", () => {
    expect(signal("We will keep your CV for future opportunities.", "laterOpening")).toBe(0);
  });
});

describe("a talent pool named in Italian and Portuguese keeps the CV", () => {
  it.each([
    ["it", "Inseriremo il suo cv nel nostro bacino di talenti."],
    ["pt", "Gostaríamos de o manter na nossa bolsa de talentos."],
    ["en", "I'd like to keep your CV and interview notes on file for that team."],
  ])("%s: %s", (_language, body) => {
    expect(signal(body, "keepOnFile")).toBeGreaterThanOrEqual(2);
  });
});

describe("the stated reason: someone else chosen, or a gap named", () => {
  it.each([
    ["es", "Hemos decidido continuar el proceso con otros perfiles.", "other_candidate"],
    ["pt", "Decidimos seguir com outros perfis neste momento.", "other_candidate"],
    ["nl", "We hebben gekozen voor een kandidaat met meer ervaring.", "other_candidate"],
    ["it", "Abbiamo preferito altri profili per questa posizione.", "other_candidate"],
    ["en", "The main gap was hands-on work with streaming systems.", "not_a_fit_for_role"],
    ["en", "Fluent Japanese is a requirement for this role.", "not_a_fit_for_role"],
    [
      "de",
      "Fundierte SAP-Kenntnisse sind für diese Stelle eine Voraussetzung.",
      "not_a_fit_for_role",
    ],
    ["fr", "La maîtrise de Kubernetes est indispensable pour ce poste.", "not_a_fit_for_role"],
    ["es", "La experiencia con Azure es un requisito imprescindible.", "not_a_fit_for_role"],
    ["nl", "Die ervaring zagen we nog onvoldoende terug.", "not_a_fit_for_role"],
    ["it", "La certificazione è un requisito fondamentale.", "not_a_fit_for_role"],
    ["pt", "A fluência em alemão é um requisito essencial.", "not_a_fit_for_role"],
  ] as const)("%s: %s", (_language, body, name) => {
    expect(reason(body, name)).toBeGreaterThanOrEqual(3);
  });
});

describe("more ways to say it, found on development mail", () => {
  it("hears a process under way in a call already had", () => {
    expect(signal("As mentioned on our call, the client is in stealth.", "underway")).toBe(3);
  });

  it.each([
    ["de", "Wir erweitern unser Datenteam im nächsten Jahr und melden uns dann."],
    ["de", "Wir melden uns, sobald eine passende Stelle frei wird."],
    ["en", "We're growing the platform team in the new year."],
  ])("a later opening, %s: %s", (_language, body) => {
    expect(signal(body, "laterOpening")).toBeGreaterThanOrEqual(2);
  });

  it("reads the role's needs said after a phrase as fit", () => {
    const body = "Nous recherchons pour ce poste une personne ayant une solide expérience Java.";
    expect(reason(body, "not_a_fit_for_role")).toBeGreaterThanOrEqual(3);
  });
});
