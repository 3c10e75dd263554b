import { joinWords } from "../join-words.ts";
import { type LanguagePack, SLOTS } from "../wording.ts";

/** Italian: Lei or tu as the employer wrote. */
export const IT: LanguagePack = {
  language: "it",
  // Only ever used after "presso".
  noCompany: "<il Suo|il tuo> team",
  atCompany: (company) => ` presso ${company}`,
  theRole: (title) => (title ? `la posizione di ${title}` : "la posizione"),
  forRole: (title) => ` per la posizione di ${title}`,
  topic: {
    // A colon after the noun keeps any topic grammatical, whatever its article.
    talked: (t) => `Mi è rimasto impresso in particolare un tema della nostra conversazione: ${t}.`,
    ask: (t) => `Alla prossima occasione mi piacerebbe saperne di più su questo: ${t}.`,
    later: (t) =>
      `Ripenso ancora volentieri alla nostra conversazione, in particolare su questo tema: ${t}.`,
    about: (t) => ` (${t})`,
  },
  futureLine: {
    open: "Se in futuro si aprisse una posizione adatta al mio profilo, mi farebbe piacere che <pensasse|pensassi> a me.",
    paused:
      "Se la selezione dovesse ripartire, sarei felice di riprendere da dove ci siamo lasciati.",
  },
  wish: {
    hired:
      "Auguro a <Lei|te> e al team ogni successo, e un ottimo inizio a chi ricoprirà il ruolo.",
    nobodyHired: "Auguro a <Lei|te> e al team ogni successo per i prossimi mesi.",
  },
  targets: (names) =>
    `Mi interessano in particolare ${joinWords(names, "e")}, nel caso <conoscesse|conoscessi> qualcuno lì.`,
  referrerFallback: "un contatto comune",
  introducedFallback: "la persona che mi <ha|hai> presentato",
  kinds: {
    appreciation: [
      {
        subject: "Grazie",
        body: `{greeting}

<interviewed?<wrote?<La ringrazio|Ti ringrazio> per il messaggio e per il tempo che mi <ha|hai> dedicato durante i colloqui{forRole}.|<La ringrazio|Ti ringrazio> per il tempo che mi <ha|hai> dedicato durante i colloqui{forRole}.>|<wrote?<La ringrazio|Ti ringrazio> per il riscontro e per l’attenzione dedicata alla mia candidatura{forRole}.|<La ringrazio|Ti ringrazio> per l’attenzione dedicata alla mia candidatura{forRole}.>> <paused?Capisco che per ora la selezione sia sospesa.|Comprendo pienamente la decisione.>

{topicLine}

{futureLine}

{wishLine}

{signOff}
{senderName}`,
      },
    ],
    feedback_request: [
      {
        subject: "Grazie, e una domanda",
        body: `{greeting}

<La ringrazio|Ti ringrazio> per il riscontro e per <interviewed?il tempo che mi <ha|hai> dedicato durante i colloqui|l’attenzione dedicata alla mia candidatura>{forRole}. Rispetto la decisione.

{topicLine}

Se <ha|hai> un momento, un consiglio mi sarebbe prezioso: c’è qualcosa che avrebbe reso la mia candidatura più solida? Bastano due righe, e se il tempo manca lo capisco benissimo.

{futureLine}

{signOff}
{senderName}`,
      },
    ],
    role_fit_question: [
      {
        subject: "Grazie, e una breve domanda",
        body: `{greeting}

<La ringrazio|Ti ringrazio> per il riscontro e per la chiarezza: capisco che {theRole} non fosse la scelta giusta.

{topicLine}

Ci sono altre posizioni{atCompany} in cui il mio profilo si inserirebbe meglio? Il <Suo|tuo> parere mi aiuterebbe a orientare la ricerca, senza alcuna fretta, e se il tempo manca lo capisco.

{signOff}
{senderName}`,
      },
    ],
    referral_request: [
      {
        subject: "Una piccola richiesta",
        body: `{greeting}

Conservo un ottimo ricordo <interviewed?dei colloqui|del nostro scambio>{atCompany}, e sto proseguendo la mia ricerca.

{topicLine}

<Sarebbe|Saresti> disponibile a farmi da referenza, o a mettermi in contatto con qualcuno con cui valga la pena parlare?

{targetsLine}

Se non è il momento giusto, <me lo dica|dimmelo> pure senza problemi: lo capirò perfettamente.

{signOff}
{senderName}`,
      },
    ],
    linkedin_note: [
      {
        subject: "",
        topic: "with",
        body: "{greetingInline} <thanked?è stato un piacere conoscer<La|ti>|grazie per <interviewed?i colloqui|lo scambio>{atCompany}>. Ho apprezzato la nostra conversazione{aboutTopic} e mi farebbe piacere restare in contatto. {senderName}",
      },
      {
        subject: "",
        topic: "without",
        body: "{greetingInline} <thanked?è stato un piacere conoscer<La|ti>|grazie per <interviewed?i colloqui|lo scambio>{atCompany}>. Mi farebbe piacere restare in contatto qui. {senderName}",
      },
    ],
    keep_on_file_follow_up: [
      {
        subject: "Grazie per avermi tenuto presente",
        body: `{greeting}

<La ringrazio|Ti ringrazio> per il messaggio e per la proposta di conservare la mia candidatura. Mi farebbe piacere che la mia candidatura fosse presa in considerazione per future opportunità{atCompany}.

{topicLine}

C’è qualcosa che posso inviar<Le|ti> e che possa essere utile, come un CV aggiornato o esempi del mio lavoro? Basta una risposta breve, quando <Le|ti> è comodo.

{signOff}
{senderName}`,
      },
    ],
    networking_meeting: [
      {
        subject: "Una breve conversazione?",
        body: `{greeting}

Spero che vada tutto bene. Sto riflettendo sul mio prossimo passo e il <Suo|tuo> punto di vista mi sarebbe prezioso: <avrebbe|avresti> 15-20 minuti per una chiamata nelle prossime settimane?

{topicLine}

Mi piacerebbe sapere come <vede|vedi> l’evoluzione del settore e dei progetti presso {company}, e con chi altro potrei parlare. Se non è il momento, nessun problema.

{signOff}
{senderName}`,
      },
    ],
    stay_in_touch: [
      {
        subject: "Ho pensato a <Lei|te>",
        body: `{greeting}

Ho trovato ${SLOTS.share} e ho subito pensato a <Lei|te>.

{laterTopicLine}

Spero che vada tutto bene. Non serve rispondere: volevo solo condividerlo.

{signOff}
{senderName}`,
      },
    ],
    pass_on_lead: [
      {
        subject: "Una segnalazione che potrebbe interessar<Le|ti>",
        body: `{greeting}

Ho trovato qualcosa che potrebbe essere utile a <Lei|te> o al <Suo|tuo> team: ${SLOTS.lead}.

{laterTopicLine}

Senza alcun impegno, non serve rispondere. Spero che vada tutto bene.

{signOff}
{senderName}`,
      },
    ],
    check_in_90_day: [
      {
        subject: "Un saluto",
        body: `{greeting}

Sono passati alcuni mesi da quando ci siamo sentiti per {theRole}, e volevo salutar<La|ti>. Il mio interesse per una posizione{atCompany} è immutato.

{laterTopicLine}

Se dovesse aprirsi qualcosa o cambiare i piani, sarei felice di parlarne. E in caso contrario, spero che vada tutto bene.

{signOff}
{senderName}`,
      },
    ],
    on_hold_check_back: [
      {
        subject: "La selezione è ripartita?",
        body: `{greeting}

L’ultima volta che ci siamo sentiti, la selezione{forRole} era sospesa. Il mio interesse è sempre vivo: la selezione è ripartita, o ripartirà a breve?

{laterTopicLine}

Se è ancora presto per dirlo, un semplice «non ancora» va benissimo.

{signOff}
{senderName}`,
      },
    ],
    thanks_for_feedback: [
      {
        subject: "Grazie per il <Suo|tuo> riscontro",
        body: `{greeting}

<La ringrazio|Ti ringrazio> per aver dedicato del tempo a darmi un riscontro. Non è scontato, e lo apprezzo davvero.

Ne terrò conto nei prossimi passi della mia ricerca.

{signOff}
{senderName}`,
      },
    ],
    thanks_for_referral: [
      {
        subject: "Grazie di cuore",
        body: `{greeting}

Grazie per il <Suo|tuo> aiuto; è un gesto molto generoso. <Le|Ti> farò sapere come andrà.

Se un giorno potrò ricambiare, per <Lei|te> o per qualcuno della <Sua|tua> rete, non <esiti|esitare> a chiedere.

{signOff}
{senderName}`,
      },
    ],
    thanks_anyway: [
      {
        subject: "Grazie comunque",
        body: `{greeting}

Grazie per la risposta, e nessun problema: capisco perfettamente. Apprezzo molto che <abbia|tu abbia> trovato il tempo di rispondermi.

<Le|Ti> auguro ogni bene{atCompany}.

{signOff}
{senderName}`,
      },
    ],
    introduction: [
      {
        subject: "Su suggerimento di {referrerName}",
        body: `{greeting}

<Le|Ti> scrivo su suggerimento di {referrerName}, che mi ha gentilmente passato il <Suo|tuo> contatto. Sto cercando una nuova posizione e mi piacerebbe sapere di più sul <Suo|tuo> lavoro{atCompany}.

<Avrebbe|Avresti> 15-20 minuti per una breve telefonata nelle prossime settimane? Se non è il momento giusto, lo capisco perfettamente.

{signOff}
{senderName}`,
      },
    ],
    report_back: [
      {
        subject: "Un aggiornamento, e ancora grazie",
        body: `{greeting}

Volevo raccontar<Le|ti> com’è andata con {introducedName}: ${SLOTS.news}

Grazie ancora per averlo reso possibile. Se un giorno potrò esser<Le|ti> utile, non <esiti|esitare> a chiedere.

{signOff}
{senderName}`,
      },
    ],
  },
  linkedinFallbacks: [
    "{greetingInline} grazie per il <Suo|tuo> tempo. Mi farebbe piacere restare in contatto. {senderFirstName}",
    "{greetingInline} mi farebbe piacere restare in contatto. {senderFirstName}",
    "Mi farebbe piacere restare in contatto.",
  ],
  call: {
    frame:
      "{greetingInline} sono {senderName}. {callCore} Non serve richiamare; va benissimo anche una e-mail, se è più comodo. Grazie, e buona giornata. Ancora, sono {senderName}.",
    cores: {
      appreciation:
        "<La|Ti> chiamo per ringraziar<La|ti> per <interviewed?il tempo che mi <ha|hai> dedicato durante i colloqui|l’attenzione dedicata alla mia candidatura>{forRole}. <paused?Capisco che la selezione sia sospesa, e sarei felice di riprendere il discorso quando ripartirà.|Comprendo la decisione, e se in futuro si aprisse una posizione adatta sarei felice di saperlo.>",
      feedback_request:
        "Grazie per aver considerato la mia candidatura{forRole}; rispetto la decisione. Se <avesse|avessi> un momento, mi sarebbe prezioso sapere cosa l’avrebbe resa più solida.",
      keep_on_file_follow_up:
        "Grazie per aver conservato la mia candidatura. Se posso inviare qualcosa di utile per future opportunità{atCompany}, <me lo dica|dimmelo> pure.",
      networking_meeting:
        "Volevo chieder<Le|ti> se <avrebbe|avresti> 15-20 minuti prossimamente per una breve conversazione sul settore.",
      stay_in_touch: "Nessun motivo particolare: volevo solo salutar<La|ti> e sapere come va.",
      check_in_90_day:
        "Sono passati alcuni mesi da quando ci siamo sentiti, e il mio interesse per una posizione{atCompany} è immutato. Se dovesse aprirsi qualcosa, sarei felice di parlarne.",
      on_hold_check_back:
        "L’ultima volta che ci siamo sentiti la selezione{forRole} era sospesa, e volevo chiedere se è ripartita. Il mio interesse è sempre vivo.",
      thanks_for_feedback:
        "Volevo ringraziar<La|ti> per il <Suo|tuo> riscontro. Lo apprezzo davvero.",
      thanks_for_referral:
        "Grazie di cuore per il <Suo|tuo> aiuto; è molto generoso. <Le|Ti> farò sapere come andrà.",
    },
  },
};
