import { joinWords } from "../join-words.ts";
import { type LanguagePack, SLOTS } from "../wording.ts";

/** Dutch: u or je as the employer wrote. */
export const NL: LanguagePack = {
  language: "nl",
  // Only ever used after "bij".
  noCompany: "<u|jullie>",
  atCompany: (company) => ` bij ${company}`,
  theRole: (title) => (title ? `de functie van ${title}` : "de functie"),
  forRole: (title) => ` voor de functie van ${title}`,
  topic: {
    talked: (t) => `Vooral ons gesprek over ${t} is me bijgebleven.`,
    ask: (t) => `Ik hoor bij gelegenheid graag meer over ${t}.`,
    later: (t) => `Ik denk nog regelmatig terug aan ons gesprek over ${t}.`,
    about: (t) => ` over ${t}`,
  },
  futureLine: {
    open: "Als er later een functie vrijkomt die bij mij past, hoor ik het graag.",
    paused: "Als de werving weer start, pak ik de draad graag weer op.",
  },
  wish: {
    hired:
      "Ik wens <u|je> en het team veel succes, en degene die de functie gaat vervullen een goede start.",
    nobodyHired: "Ik wens <u|je> en het team veel succes in de komende maanden.",
  },
  targets: (names) =>
    `Ik ben vooral geïnteresseerd in ${joinWords(names, "en")}, mocht <u|je> daar iemand kennen.`,
  referrerFallback: "een gezamenlijke kennis",
  introducedFallback: "de persoon met wie <u|je> me in contact bracht",
  kinds: {
    appreciation: [
      {
        subject: "Hartelijk dank",
        body: `{greeting}

<interviewed?<wrote?Dank <u|je> voor <uw|je> bericht en voor de tijd die <u|je> in de gesprekken{forRole} voor mij <hebt|hebt> vrijgemaakt.|Dank <u|je> voor de tijd die <u|je> in de gesprekken{forRole} voor mij <hebt|hebt> vrijgemaakt.>|<wrote?Dank <u|je> voor <uw|je> reactie en voor de aandacht voor mijn sollicitatie{forRole}.|Dank <u|je> voor de aandacht voor mijn sollicitatie{forRole}.>> <paused?Ik begrijp dat de werving op dit moment stilligt.|Ik begrijp het besluit volkomen.>

{topicLine}

{futureLine}

{wishLine}

{signOff}
{senderName}`,
      },
    ],
    feedback_request: [
      {
        subject: "Dank, en één vraag",
        body: `{greeting}

Dank <u|je> voor <uw|je> reactie en voor <interviewed?de tijd die <u|je> in de gesprekken voor mij <hebt|hebt> vrijgemaakt|de aandacht voor mijn sollicitatie>{forRole}. Ik respecteer het besluit.

{topicLine}

Als <u|je> even tijd <hebt|hebt>, zou één tip me erg helpen: is er iets waardoor mijn sollicitatie sterker was geweest? Een paar regels is genoeg, en als de tijd ontbreekt, begrijp ik dat helemaal.

{futureLine}

{signOff}
{senderName}`,
      },
    ],
    role_fit_question: [
      {
        subject: "Dank, en een korte vraag",
        body: `{greeting}

Dank <u|je> voor <uw|je> reactie en voor de duidelijkheid dat {theRole} niet helemaal paste. Dat begrijp ik.

{topicLine}

Zijn er andere functies{atCompany} waar mijn achtergrond beter bij zou aansluiten? <Uw|Jouw> kijk erop zou me helpen gerichter te zoeken, zonder enige haast. En als de tijd ontbreekt, is dat natuurlijk prima.

{signOff}
{senderName}`,
      },
    ],
    referral_request: [
      {
        subject: "Een kleine vraag",
        body: `{greeting}

Ik kijk met plezier terug op <interviewed?de gesprekken|ons contact>{atCompany}, en ik ben nog volop op zoek.

{topicLine}

Zou <u|je> als referentie voor mij willen optreden, of mij in contact willen brengen met iemand met wie een gesprek de moeite waard is?

{targetsLine}

Komt het nu niet uit, zeg het dan gerust; daar heb ik alle begrip voor.

{signOff}
{senderName}`,
      },
    ],
    linkedin_note: [
      {
        subject: "",
        topic: "with",
        body: "{greetingInline} <thanked?leuk om <u|je>{atCompany} te hebben leren kennen|dank voor <interviewed?de gesprekken|het contact>{atCompany}>. Ik vond ons gesprek{aboutTopic} erg interessant en blijf graag in contact. {senderName}",
      },
      {
        subject: "",
        topic: "without",
        body: "{greetingInline} <thanked?leuk om <u|je>{atCompany} te hebben leren kennen|dank voor <interviewed?de gesprekken|het contact>{atCompany}>. Ik blijf hier graag met <u|je> in contact. {senderName}",
      },
    ],
    keep_on_file_follow_up: [
      {
        subject: "Dank dat <u|je> aan mij <denkt|denkt>",
        body: `{greeting}

Dank <u|je> voor <uw|je> bericht en voor het aanbod om mijn gegevens te bewaren. Ik kom graag in aanmerking voor toekomstige vacatures{atCompany}.

{topicLine}

Kan ik nog iets sturen dat helpt, zoals een actueel cv of voorbeelden van mijn werk? Een kort antwoord, wanneer het <u|je> uitkomt, is ruim voldoende.

{signOff}
{senderName}`,
      },
    ],
    networking_meeting: [
      {
        subject: "Een kort gesprek?",
        body: `{greeting}

Ik hoop dat alles goed gaat. Ik denk na over mijn volgende stap en <uw|jouw> blik zou me veel waard zijn: <heeft u|heb je> de komende weken 15 à 20 minuten voor een kort gesprek?

{topicLine}

Ik hoor graag hoe <u|je> de ontwikkelingen bij {company} en in de sector <ziet|ziet>, en wie ik verder nog zou kunnen spreken. Komt het niet uit, dan is dat geen enkel probleem.

{signOff}
{senderName}`,
      },
    ],
    stay_in_touch: [
      {
        subject: "Ik moest aan <u|je> denken",
        body: `{greeting}

Ik kwam ${SLOTS.share} tegen en moest meteen aan <u|je> denken.

{laterTopicLine}

Ik hoop dat alles goed gaat. Reageren is niet nodig; ik wilde het gewoon even doorsturen.

{signOff}
{senderName}`,
      },
    ],
    pass_on_lead: [
      {
        subject: "Een tip voor <u|jou>",
        body: `{greeting}

Ik kwam iets tegen dat nuttig kan zijn voor <u|jou> of <uw|je> team: ${SLOTS.lead}.

{laterTopicLine}

Geheel vrijblijvend, reageren is niet nodig. Ik hoop dat alles goed gaat{atCompany}.

{signOff}
{senderName}`,
      },
    ],
    check_in_90_day: [
      {
        subject: "Even een groet",
        body: `{greeting}

Het is een paar maanden geleden dat we contact hadden over {theRole}, en ik wilde even van me laten horen. Mijn interesse in een functie{atCompany} is onveranderd.

{laterTopicLine}

Mocht er iets vrijkomen of veranderen de plannen, dan praat ik graag verder. En zo niet, dan hoop ik dat alles goed gaat.

{signOff}
{senderName}`,
      },
    ],
    on_hold_check_back: [
      {
        subject: "Is de werving weer gestart?",
        body: `{greeting}

Toen we elkaar laatst spraken, lag de werving{forRole} stil. Mijn interesse is onverminderd groot: is de werving inmiddels weer gestart, of gebeurt dat binnenkort?

{laterTopicLine}

Is het nog te vroeg om dat te zeggen, dan is een kort „nog niet” prima.

{signOff}
{senderName}`,
      },
    ],
    thanks_for_feedback: [
      {
        subject: "Dank voor <uw|je> feedback",
        body: `{greeting}

Dank <u|je> wel dat <u|je> de tijd <hebt|hebt> genomen om feedback te geven. Dat doet niet iedereen, en ik waardeer het zeer.

Ik neem het mee in de volgende stappen van mijn zoektocht.

{signOff}
{senderName}`,
      },
    ],
    thanks_for_referral: [
      {
        subject: "Heel hartelijk dank",
        body: `{greeting}

Dank <u|je> voor <uw|je> hulp; dat is heel genereus. Ik laat <u|je> weten hoe het verdergaat.

Als ik ooit iets terug kan doen, voor <u|jou> of voor iemand uit <uw|je> netwerk, laat het me dan gerust weten.

{signOff}
{senderName}`,
      },
    ],
    thanks_anyway: [
      {
        subject: "Toch hartelijk dank",
        body: `{greeting}

Dank <u|je> voor <uw|je> reactie, en geen enkel probleem: ik begrijp het helemaal. Fijn dat <u|je> toch de tijd <nam|nam> om te antwoorden.

Ik wens <u|je> het allerbeste{atCompany}.

{signOff}
{senderName}`,
      },
    ],
    introduction: [
      {
        subject: "Via {referrerName}",
        body: `{greeting}

Ik schrijf <u|je> op aanraden van {referrerName}, die zo vriendelijk was <uw|je> naam door te geven. Ik ben op zoek naar een nieuwe functie en hoor graag meer over <uw|je> werk{atCompany}.

<Heeft u|Heb je> de komende weken 15 à 20 minuten voor een kort telefoongesprek? Als het nu niet uitkomt, begrijp ik dat helemaal.

{signOff}
{senderName}`,
      },
    ],
    report_back: [
      {
        subject: "Een korte update, en nogmaals dank",
        body: `{greeting}

Ik wilde <u|je> even laten weten hoe het is gegaan met {introducedName}: ${SLOTS.news}

Nogmaals dank dat <u|je> dit mogelijk <hebt|hebt> gemaakt. Als ik ooit iets voor <u|jou> kan doen, laat het me gerust weten.

{signOff}
{senderName}`,
      },
    ],
  },
  linkedinFallbacks: [
    "{greetingInline} dank voor <uw|je> tijd. Ik blijf graag in contact. {senderFirstName}",
    "{greetingInline} ik blijf graag in contact. {senderFirstName}",
    "Ik blijf graag in contact.",
  ],
  call: {
    frame:
      "{greetingInline} <u spreekt|je spreekt> met {senderName}. {callCore} Terugbellen is niet nodig; een e-mail is ook prima als dat makkelijker is. Dank <u|je> wel, en een fijne dag. Nogmaals, {senderName}.",
    cores: {
      appreciation:
        "Ik bel om <u|je> te bedanken voor <interviewed?de tijd die <u|je> in de gesprekken voor mij <hebt|hebt> vrijgemaakt|de aandacht voor mijn sollicitatie>{forRole}. <paused?Ik begrijp dat de werving stilligt, en ik pak de draad graag weer op als die weer start.|Ik begrijp het besluit, en als er later een passende functie vrijkomt, hoor ik het graag.>",
      feedback_request:
        "Dank <u|je> voor de aandacht voor mijn sollicitatie{forRole}; ik respecteer het besluit. Als <u|je> een moment <hebt|hebt>, hoor ik graag wat mijn sollicitatie sterker had gemaakt.",
      keep_on_file_follow_up:
        "Dank <u|je> dat <u|je> mijn gegevens <bewaart|bewaart>. Als ik iets kan sturen dat helpt bij toekomstige vacatures{atCompany}, laat het me weten.",
      networking_meeting:
        "Ik wilde vragen of <u|je> binnenkort 15 à 20 minuten <heeft|hebt> voor een kort gesprek over de sector.",
      stay_in_touch: "Geen bijzondere reden: ik wilde gewoon even horen hoe het met <u|je> gaat.",
      check_in_90_day:
        "Het is een paar maanden geleden dat we contact hadden, en mijn interesse in een functie{atCompany} is onveranderd. Als er iets vrijkomt, praat ik graag verder.",
      on_hold_check_back:
        "Toen we laatst spraken, lag de werving{forRole} stil, en ik wilde vragen of die weer is opgestart. Mijn interesse is onverminderd groot.",
      thanks_for_feedback: "Ik wilde <u|je> bedanken voor <uw|je> feedback. Ik waardeer het zeer.",
      thanks_for_referral:
        "Hartelijk dank voor <uw|je> hulp; dat is heel genereus. Ik laat <u|je> weten hoe het gaat.",
    },
  },
};
