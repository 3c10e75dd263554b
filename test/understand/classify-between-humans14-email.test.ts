import { describe, expect, it } from "vitest";
import { gmailForward } from "../support/forwarding.ts";
import { storedCategory } from "../support/stored-category.ts";

// One message of each kind fixed in classify-between-humans14.test.ts, forwarded from Gmail
// through the Worker's real email() handler. Words of our own, from no fixture.

/** The category and reason email() stored for a Gmail forward of `message`. */
const stored = (message: Parameters<typeof gmailForward>[0]) =>
  storedCategory(gmailForward(message));

describe("email(): kinds of mail between humans", () => {
  it("en: a founder's own receipt, with an answer promised either way, is an acknowledgement", async () => {
    const result = await stored({
      from: "Ines Faraday <ines.faraday@fastmail.example>",
      subject: "Re: Backend Developer application",
      body: [
        "Hi Jordan,",
        "",
        "Got your application for the Backend Developer role, thanks a lot! There are three of",
        "us, so I read everything myself.",
        "",
        "I'll read it properly on Sunday and get back to you by Thursday either way.",
        "",
        "Best,",
        "Ines",
      ],
    });
    expect(result).toEqual({ category: "application_received", reason: null });
  });

  it("pt: an introduction to a founder, said plainly, is a referral offer", async () => {
    const result = await stored({
      from: "Tiago Amaral <tiago.amaral@quarto-nuvem.example>",
      subject: "Apresentação: Jordan <> Helena (Ribeira Dados)",
      body: [
        "Oi Jordan!",
        "",
        "A Helena é cofundadora da Ribeira Dados e está montando o time de plataforma.",
        "Falei de você pra ela e ela topou conversar. Ela está em cópia aqui.",
        "",
        "Vou deixar vocês dois marcarem um café.",
        "",
        "Abraço,",
        "Tiago",
      ],
    });
    expect(result).toEqual({ category: "referral_offer", reason: null });
  });

  it("it: an offer summarised and made conditional is an offer", async () => {
    const result = await stored({
      from: "Serena Bortolotti <serena.bortolotti@vela-software.example>",
      subject: "Proposta Vela Software – Data Engineer",
      body: [
        "Ciao Jordan,",
        "",
        "con grande piacere ti formalizzo la nostra proposta per il ruolo di Data Engineer.",
        "",
        "Riepilogo della proposta:",
        "- RAL: 54.000 euro",
        "- Modalità: ibrida, due giorni in sede",
        "- Inizio: 1 marzo",
        "",
        "La proposta è subordinata alla verifica delle referenze. Attendo una tua risposta",
        "entro venerdì.",
        "",
        "Un saluto,",
        "Serena",
      ],
    });
    expect(result).toEqual({ category: "offer", reason: null });
  });

  it("fr: a founder with no opening who keeps the CV herself is keep-on-file", async () => {
    const result = await stored({
      from: "Maëlle Drouet <maelle@atelier-brume.example>",
      subject: "Re: Candidature spontanée",
      body: [
        "Bonjour Jordan,",
        "",
        "Merci pour votre message et pour votre portfolio, que j'ai lu avec plaisir.",
        "",
        "Nous sommes six et nous n'avons aucun poste ouvert en ce moment. En revanche, je garde",
        "précieusement votre CV : nous devrions recruter à l'automne, et vous serez la première",
        "personne que j'appellerai.",
        "",
        "Belle journée,",
        "Maëlle",
      ],
    });
    expect(result).toEqual({ category: "keep_on_file", reason: null });
  });

  it("it: a search stopped by a freeze on all new hires is a rejection on hold", async () => {
    const result = await stored({
      from: "Davide Orsini <davide@faro-studio.example>",
      subject: "Aggiornamento sulla posizione di UX Researcher",
      body: [
        "Ciao Jordan,",
        "",
        "purtroppo la direzione ha deciso il blocco di tutte le nuove assunzioni fino a giugno.",
        "Vale anche per la posizione di UX Researcher: siamo costretti a sospendere la ricerca.",
        "",
        "Non è una valutazione su di te.",
        "",
        "Un abbraccio,",
        "Davide",
      ],
    });
    expect(result).toEqual({ category: "rejection", reason: "on_hold" });
  });

  it("de: a post that will not be filled after a reorganisation is a closed position", async () => {
    const result = await stored({
      from: "Ulrike Hahnemann <u.hahnemann@wasserverband-ilm.example>",
      subject: "Ihre Bewerbung – Netzwerkadministrator (m/w/d)",
      body: [
        "Sehr geehrte Frau Lee,",
        "",
        "vielen Dank für Ihre Bewerbung als Netzwerkadministrator.",
        "",
        "Leider müssen wir Ihnen mitteilen, dass die Stelle nach der Zusammenlegung unserer",
        "IT-Abteilungen mit dem Nachbarverband nicht besetzt wird. Das Verfahren ist damit für",
        "alle Bewerberinnen und Bewerber beendet.",
        "",
        "Mit freundlichen Grüßen",
        "Ulrike Hahnemann",
      ],
    });
    expect(result).toEqual({ category: "rejection", reason: "position_closed" });
  });

  it("pt: experience that does not, for now, match the requirements is not a fit", async () => {
    const result = await stored({
      from: "Recrutamento Cais Verde <recrutamento@caisverde.example>",
      subject: "Candidatura – Engenheiro de Dados",
      body: [
        "Caro Jordan,",
        "",
        "Agradecemos a sua candidatura à função de Engenheiro de Dados.",
        "",
        "Após análise, concluímos que a sua experiência não corresponde, neste momento, aos",
        "requisitos definidos para esta função. Por esse motivo, a sua candidatura não será",
        "considerada nas próximas fases do processo.",
        "",
        "Desejamos-lhe os maiores sucessos.",
      ],
    });
    expect(result).toEqual({ category: "rejection", reason: "not_a_fit_for_role" });
  });

  it("nl: a withdrawal confirmed at the reader's request is not a rejection", async () => {
    const result = await stored({
      from: "Werving Kanaalzicht <no-reply@kanaalzicht.example>",
      subject: "Bevestiging: sollicitatie ingetrokken",
      body: [
        "Beste Jordan,",
        "",
        "Hierbij bevestigen we dat je sollicitatie voor de functie Data Analist op jouw verzoek",
        "is ingetrokken. Er staan geen gesprekken meer voor je gepland.",
        "",
        "Met vriendelijke groet,",
        "Werving Kanaalzicht",
      ],
    });
    expect(result.category).not.toBe("rejection");
  });
});
