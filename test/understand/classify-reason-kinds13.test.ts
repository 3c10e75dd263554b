import { describe, expect, it } from "vitest";
import { classifyMessage } from "../../src/understand/classify.ts";
import { sentenceInput } from "../../src/understand/model/features.ts";
import { patternEvidence, REASON_NAMES } from "../../src/understand/pattern-evidence.ts";
import { folded, signal } from "../support/pattern-signals.ts";

// Why a person says no, each kind in the seven languages and in words of our own: an internal
// candidate chosen is another candidate (a role "filled internally" stays closed); a post
// filled from a public eligibility list, or a hire called off for everyone, is closed; a
// freeze said verb first is on hold; a skill the reader lacks, a language level and being
// overqualified are about fit. And two boundaries of the category: a founder keeping the reader
// on a list, a mentor's advice.

const reasons = (text: string) => {
  const said = patternEvidence(folded(text)).reasons;
  return Object.fromEntries(
    REASON_NAMES.flatMap((name, r) => ((said[r] ?? 0) > 0 ? [[name, said[r]]] : [])),
  );
};

const letter = (body: string) => ({
  ...sentenceInput(body),
  subject: "Your application",
  senderAddress: "hannah.oduya@vantfield-logistik.example",
});

describe("an internal candidate chosen over the reader is another candidate", () => {
  it.each([
    [
      "en",
      "We have decided to give the Data Engineer job to an internal candidate who has led the migration since spring.",
    ],
    [
      "de",
      "Wir haben uns für eine interne Kandidatin entschieden, die das Team schon seit einem Jahr kennt.",
    ],
    [
      "fr",
      "Nous avons finalement retenu une candidate interne qui connaît déjà nos outils de facturation.",
    ],
    [
      "es",
      "Hemos decidido ofrecer el puesto a un candidato interno que ya lleva dos años en el equipo.",
    ],
    ["nl", "We hebben besloten de rol te geven aan een interne collega die het project al kent."],
    ["it", "Abbiamo deciso di affidare il ruolo a una risorsa interna che segue già il progetto."],
    ["pt", "Decidimos avançar com um candidato interno que já conhece bem a equipa de vendas."],
  ])("%s", (_language, body) => {
    expect(reasons(body)).toEqual({ other_candidate: 3 });
  });

  it.each([
    ["en", "The role was filled internally last week."],
    ["de", "Die Stelle wurde inzwischen intern besetzt."],
    ["fr", "Le poste a été pourvu en interne."],
  ])("%s: a role filled internally, no person named, stays a closed position", (_l, body) => {
    expect(reasons(body)).toEqual({ position_closed: expect.any(Number) });
  });
});

describe("a post filled from a public eligibility list, or a hire called off, is closed", () => {
  it.each([
    [
      "en",
      "The Planning Technician post was filled from the certified eligible list before your name was reached.",
    ],
    ["de", "Die Stelle wurde über die Rangliste des Auswahlverfahrens besetzt."],
    ["fr", "Le poste a été pourvu sur la liste d'aptitude du concours."],
    ["es", "La plaza ha sido cubierta desde la bolsa de empleo del ayuntamiento."],
    ["nl", "De functie is ingevuld vanuit de wervingsreserve van vorig jaar."],
    ["it", "Il posto è stato coperto mediante scorrimento della graduatoria."],
    ["pt", "A vaga foi preenchida pela lista de classificação do concurso."],
    ["it", "Il cliente ha deciso di non procedere più con l'assunzione."],
    ["en", "The search is now closed for all candidates."],
  ])("%s: %s", (_language, body) => {
    expect(reasons(body).position_closed).toBeGreaterThanOrEqual(3);
  });
});

describe("a freeze said with the verb first is on hold", () => {
  it.each([
    ["en", "The board has frozen all external hiring until the merger completes."],
    ["fr", "La direction a gelé l'ensemble des recrutements jusqu'à l'automne."],
    ["it", "Abbiamo uno stop alle assunzioni fino a marzo."],
  ])("%s: %s", (_language, body) => {
    expect(reasons(body)).toEqual({ on_hold: expect.any(Number) });
  });
});

describe("a skill the reader lacks, a language level, overqualified: not a fit", () => {
  it.each([
    [
      "en",
      "You haven't yet done much hands-on firmware work, and this team needs it from day one.",
    ],
    ["de", "Sie haben keine praktische Erfahrung mit SAP, und die war für uns entscheidend."],
    ["fr", "Vous avez peu d'expérience en gestion de paie, qui était essentielle pour nous."],
    ["es", "Llegas sin experiencia en banca, y para nosotros era fundamental."],
    ["nl", "Je hebt nog geen ervaring met aanbestedingen, en dat is hier een harde eis."],
    ["it", "Per noi era fondamentale una pratica solida con i sistemi SCADA."],
    ["pt", "Para nós era essencial ter experiência com faturação eletrónica."],
    ["de", "Die Stelle verlangt Deutschkenntnisse auf Niveau C1."],
    ["es", "El puesto requiere inglés nivel C1."],
    ["fr", "Votre parcours ne correspondrait ni à votre niveau d'expérience ni à vos attentes."],
    ["en", "Honestly, you would be overqualified for this role."],
    ["nl", "Je bent eerlijk gezegd overgekwalificeerd voor deze functie."],
    ["pt", "Consideramos que está sobrequalificado para a função."],
    ["it", "Saresti sovraqualificata per questa posizione."],
  ])("%s: %s", (_language, body) => {
    expect(reasons(body)).toEqual({ not_a_fit_for_role: expect.any(Number) });
  });

  it("a requirement of the successful candidate names no other candidate", () => {
    expect(
      reasons(
        "The role requires the successful candidate to hold a full driving licence, which we cannot waive.",
      ).other_candidate,
    ).toBeUndefined();
  });
});

describe("a founder keeps the reader on a list; a mentor gives advice", () => {
  it.each([
    ["de", "Ich würde dich gern auf meiner Liste behalten, bis die Runde durch ist."],
    ["fr", "Je te garde sur ma liste pour le prochain recrutement."],
    ["es", "Te mantengo en mi lista para cuando abramos la siguiente plaza."],
    ["nl", "Ik wil je graag op mijn lijstje houden voor volgend jaar."],
    ["it", "Ti tengo nella mia lista per il prossimo giro."],
    ["pt", "Vou te manter na minha lista para a próxima vaga."],
  ])("%s: keeping the reader on a list is keepOnFile", (_language, body) => {
    expect(signal(body, "keepOnFile")).toBeGreaterThanOrEqual(3);
  });

  it.each([
    ["en", "My advice: apply to fewer places and follow up with each one."],
    ["de", "An deiner Stelle würde ich weniger Bewerbungen schreiben."],
    ["fr", "À ta place, je relancerais chaque recruteur une fois."],
    ["es", "Yo que tú me centraría en diez empresas."],
    ["nl", "Als ik jou was, zou ik minder sollicitaties sturen."],
    ["it", "Se fossi in te, punterei su poche aziende."],
    ["pt", "Se eu fosse você, escolheria dez empresas."],
  ])("%s: advice on the search", (_language, body) => {
    expect(signal(body, "advice")).toBeGreaterThanOrEqual(3);
  });
});

describe("a day proposed as a question is an invitation", () => {
  it.each([
    ["en", "We're building tools for bakeries. Are you free on Thursday for a quick chat?"],
    ["de", "Wir suchen jemanden für unser Backend. Hast du Donnerstag Zeit?"],
    ["fr", "On cherche quelqu'un pour notre équipe data. Tu es dispo jeudi ?"],
    ["es", "Buscamos a alguien para el equipo de datos. ¿Tienes tiempo el jueves?"],
    ["nl", "We zoeken iemand voor ons platformteam. Heb je donderdag tijd?"],
    ["it", "Cerchiamo qualcuno per il team dati. Sei libero giovedì?"],
    ["pt", "Procuramos alguém para a equipa de dados. Tens tempo na quinta?"],
  ])("%s: %s", (_language, body) => {
    expect(signal(body, "invite")).toBeGreaterThanOrEqual(3);
  });
});

describe("classified whole", () => {
  it.each([
    [
      "en",
      "Hi Jordan, thanks for your patience. I'm sorry to say we've decided to offer the Logistics Analyst role to an internal candidate who has covered the work since March. You interviewed really well.",
      "other_candidate",
    ],
    [
      "de",
      "Hallo Jordan, leider muss ich dir absagen: Wir haben die Stelle an eine interne Kandidatin vergeben, die das Team seit Jahren kennt. Dein Gespräch war wirklich gut.",
      "other_candidate",
    ],
    [
      "it",
      "Ciao Jordan, purtroppo non proseguiamo con la tua candidatura. Per noi era fondamentale un'esperienza solida con i sistemi di pagamento in produzione, che dal colloquio non è emersa.",
      "not_a_fit_for_role",
    ],
  ])("%s: a rejection with the reason in a person's words", (_language, body, why) => {
    const { category, reason } = classifyMessage(letter(body));
    expect({ category, reason }).toEqual({ category: "rejection", reason: why });
  });
});
