import { joinWords } from "../join-words.ts";
import { type LanguagePack, SLOTS } from "../wording.ts";

/** German: Sie or du as the employer wrote; after the salutation's comma the text goes on in lower case. */
export const DE: LanguagePack = {
  language: "de",
  // Only ever used after "bei": "bei Ihnen" / "bei euch".
  noCompany: "<Ihnen|euch>",
  atCompany: (company) => ` bei ${company}`,
  theRole: (title) => (title ? `die Stelle als ${title}` : "die Stelle"),
  forRole: (title) => ` für die Stelle als ${title}`,
  topic: {
    talked: (t) => `Besonders gern erinnere ich mich an unser Gespräch über ${t}.`,
    ask: (t) => `Bei Gelegenheit würde ich <Sie|dich> gern noch nach ${t} fragen.`,
    later: (t) => `An unser Gespräch über ${t} denke ich immer noch gern zurück.`,
    about: (t) => ` über ${t}`,
  },
  futureLine: {
    open: "Ergibt sich später eine passende Stelle, freue ich mich, wenn <Sie|du> an mich <denken|denkst>.",
    paused:
      "Sobald die Suche wieder anläuft, würde ich gern dort anknüpfen, wo wir stehen geblieben sind.",
  },
  wish: {
    hired:
      "Ich wünsche <Ihnen|dir> und dem Team alles Gute, und der Person, die die Stelle antritt, einen guten Start.",
    nobodyHired: "Ich wünsche <Ihnen|dir> und dem Team alles Gute für die kommenden Monate.",
  },
  targets: (names) =>
    `Besonders interessieren mich ${joinWords(names, "und")}, falls <Sie|du> dort jemanden <kennen|kennst>.`,
  referrerFallback: "ein gemeinsamer Kontakt",
  introducedFallback: "dem Kontakt, den <Sie|du> mir vermittelt <haben|hast>",
  kinds: {
    appreciation: [
      {
        subject: "Vielen Dank",
        body: `{greeting}

<interviewed?<wrote?vielen Dank für <Ihre|deine> Nachricht und für die Zeit, die <Sie sich|du dir> in den Gesprächen{forRole} genommen <haben|hast>.|vielen Dank für die Zeit, die <Sie sich|du dir> in den Gesprächen{forRole} genommen <haben|hast>.>|<wrote?vielen Dank für <Ihre|deine> Rückmeldung zu meiner Bewerbung{forRole}.|vielen Dank, dass <Sie|du> meine Bewerbung{forRole} geprüft <haben|hast>.>> <paused?Ich verstehe, dass die Suche im Moment ruht.|Ich kann die Entscheidung gut nachvollziehen.>

{topicLine}

{futureLine}

{wishLine}

{signOff}
{senderName}`,
      },
    ],
    feedback_request: [
      {
        subject: "Vielen Dank, und eine Frage",
        body: `{greeting}

vielen Dank für <Ihre|deine> Rückmeldung und für <interviewed?die Zeit, die <Sie sich|du dir> in den Gesprächen{forRole} genommen <haben|hast>|die Prüfung meiner Bewerbung{forRole}>. Ich respektiere die Entscheidung.

{topicLine}

Wenn <Sie|du> einen Moment <haben|hast>: Gab es etwas, das meine Bewerbung stärker gemacht hätte? Zwei, drei Sätze genügen völlig, und wenn die Zeit fehlt, ist das auch in Ordnung.

{futureLine}

{signOff}
{senderName}`,
      },
    ],
    role_fit_question: [
      {
        subject: "Danke, und eine kurze Frage",
        body: `{greeting}

vielen Dank für <Ihre|deine> Rückmeldung und die offenen Worte, dass {theRole} nicht ganz gepasst hat. Das kann ich gut nachvollziehen.

{topicLine}

Gibt es andere Aufgaben{atCompany}, zu denen mein Profil besser passen würde? <Ihre|deine> Einschätzung würde mir helfen, mich gezielter zu bewerben, ganz ohne Eile. Und wenn die Zeit fehlt, ist das natürlich in Ordnung.

{signOff}
{senderName}`,
      },
    ],
    referral_request: [
      {
        subject: "Eine kleine Bitte",
        body: `{greeting}

ich habe <interviewed?unsere Gespräche|unseren Austausch>{atCompany} in guter Erinnerung und bin weiterhin auf der Suche.

{topicLine}

<Wären Sie|Wärst du> bereit, mir eine Referenz zu geben oder mich mit jemandem bekannt zu machen, mit dem sich ein Gespräch lohnen könnte?

{targetsLine}

Wenn es gerade nicht passt, <sagen Sie|sag> es einfach. Dafür habe ich volles Verständnis.

{signOff}
{senderName}`,
      },
    ],
    linkedin_note: [
      {
        subject: "",
        topic: "with",
        body: "{greetingInline} <thanked?es war schön, <Sie|dich>{atCompany} kennenzulernen|vielen Dank für <interviewed?die Gespräche|den Austausch>{atCompany}>. Unser Gespräch{aboutTopic} hat mir gefallen; gern bleibe ich in Kontakt. {senderName}",
      },
      {
        subject: "",
        topic: "without",
        body: "{greetingInline} <thanked?es war schön, <Sie|dich>{atCompany} kennenzulernen|vielen Dank für <interviewed?die Gespräche|den Austausch>{atCompany}>. Ich würde mich freuen, hier in Kontakt zu bleiben. {senderName}",
      },
    ],
    keep_on_file_follow_up: [
      {
        subject: "Danke, dass <Sie|du> an mich <denken|denkst>",
        body: `{greeting}

vielen Dank für <Ihre|deine> Nachricht und das Angebot, meine Unterlagen aufzubewahren. Ich würde mich freuen, bei künftigen Stellen{atCompany} berücksichtigt zu werden.

{topicLine}

Kann ich noch etwas nachreichen, das dabei hilft, etwa einen aktuellen Lebenslauf oder Arbeitsproben? Eine kurze Antwort, wann immer es <Ihnen|dir> passt, genügt völlig.

{signOff}
{senderName}`,
      },
    ],
    networking_meeting: [
      {
        subject: "Ein kurzes Gespräch?",
        body: `{greeting}

ich hoffe, bei <Ihnen|dir> ist alles gut. Für meinen nächsten Schritt wäre mir <Ihre|deine> Sicht sehr wertvoll: <Hätten Sie|Hättest du> in den nächsten Wochen 15 bis 20 Minuten für ein kurzes Gespräch?

{topicLine}

Mich interessiert, wie <Sie|du> die Entwicklung bei {company} und in der Branche <sehen|siehst>, und wen ich noch ansprechen könnte. Wenn es zeitlich nicht passt, ist das überhaupt kein Problem.

{signOff}
{senderName}`,
      },
    ],
    stay_in_touch: [
      {
        subject: "Das könnte <Sie|dich> interessieren",
        body: `{greeting}

ich bin auf ${SLOTS.share} gestoßen und musste dabei an <Sie|dich> denken.

{laterTopicLine}

Ich hoffe, bei <Ihnen|dir> läuft alles gut. Eine Antwort ist nicht nötig; ich wollte es einfach weitergeben.

{signOff}
{senderName}`,
      },
    ],
    pass_on_lead: [
      {
        subject: "Ein Hinweis für <Sie|dich>",
        body: `{greeting}

ich bin auf etwas gestoßen, das für <Sie|dich> oder <Ihr|dein> Team nützlich sein könnte: ${SLOTS.lead}.

{laterTopicLine}

Ganz unverbindlich, eine Antwort ist nicht nötig. Ich hoffe, bei <Ihnen|dir> läuft alles gut.

{signOff}
{senderName}`,
      },
    ],
    check_in_90_day: [
      {
        subject: "Ein kurzer Gruß",
        body: `{greeting}

seit unserem Austausch über {theRole} sind ein paar Monate vergangen, und ich wollte mich kurz melden. Mein Interesse an einer Aufgabe{atCompany} ist ungebrochen.

{laterTopicLine}

Falls sich etwas ergibt oder sich die Pläne ändern, spreche ich gern mit <Ihnen|dir>. Und falls nicht, hoffe ich, dass alles gut läuft.

{signOff}
{senderName}`,
      },
    ],
    on_hold_check_back: [
      {
        subject: "Geht die Suche weiter?",
        body: `{greeting}

bei unserem letzten Kontakt ruhte die Suche{forRole}. Ich bin weiterhin sehr interessiert: Geht es inzwischen weiter, oder ist das bald absehbar?

{laterTopicLine}

Wenn es dafür noch zu früh ist, genügt ein kurzes „noch nicht“ völlig.

{signOff}
{senderName}`,
      },
    ],
    thanks_for_feedback: [
      {
        subject: "Danke für <Ihr|dein> Feedback",
        body: `{greeting}

vielen Dank, dass <Sie sich|du dir> die Zeit für <Ihr|dein> Feedback genommen <haben|hast>. Das ist nicht selbstverständlich, und ich weiß es sehr zu schätzen.

Ich nehme es mir für die nächsten Schritte zu Herzen.

{signOff}
{senderName}`,
      },
    ],
    thanks_for_referral: [
      {
        subject: "Herzlichen Dank",
        body: `{greeting}

vielen Dank für <Ihre|deine> Unterstützung, das ist sehr großzügig. Ich melde mich und erzähle <Ihnen|dir>, wie es gelaufen ist.

Wenn ich mich irgendwann revanchieren kann, für <Sie|dich> oder jemanden aus <Ihrem|deinem> Netzwerk, <sagen Sie|sag> einfach Bescheid.

{signOff}
{senderName}`,
      },
    ],
    thanks_anyway: [
      {
        subject: "Trotzdem vielen Dank",
        body: `{greeting}

vielen Dank für <Ihre|deine> Antwort. Das ist überhaupt kein Problem, ich verstehe das gut, und ich freue mich, dass <Sie sich|du dir> trotzdem die Zeit genommen <haben|hast>.

Ich wünsche <Ihnen|dir> weiterhin alles Gute{atCompany}.

{signOff}
{senderName}`,
      },
    ],
    introduction: [
      {
        subject: "Kontakt auf Empfehlung",
        body: `{greeting}

{referrerName} hat mir freundlicherweise <Ihren|deinen> Namen genannt und vorgeschlagen, dass ich mich bei <Ihnen|dir> melde. Ich suche gerade eine neue Stelle und würde gern mehr über <Ihre|deine> Arbeit{atCompany} erfahren.

<Hätten Sie|Hättest du> in den nächsten Wochen 15 bis 20 Minuten für ein kurzes Telefonat? Wenn es gerade nicht passt, habe ich dafür volles Verständnis.

{signOff}
{senderName}`,
      },
    ],
    report_back: [
      {
        subject: "Kurzes Update, und nochmals danke",
        body: `{greeting}

ich wollte <Ihnen|dir> kurz berichten, wie es mit {introducedName} weitergegangen ist: ${SLOTS.news}

Nochmals herzlichen Dank, dass <Sie|du> das möglich gemacht <haben|hast>. Wenn ich mich einmal revanchieren kann, <sagen Sie|sag> einfach Bescheid.

{signOff}
{senderName}`,
      },
    ],
  },
  linkedinFallbacks: [
    "{greetingInline} vielen Dank für <Ihre|deine> Zeit. Gern bleibe ich in Kontakt. {senderFirstName}",
    "{greetingInline} gern bleibe ich in Kontakt. {senderFirstName}",
    "Ich würde mich freuen, in Kontakt zu bleiben.",
  ],
  call: {
    frame:
      "{greetingInline} hier spricht {senderName}. {callCore} Ein Rückruf ist nicht nötig, eine kurze E-Mail genügt, wenn das einfacher ist. Vielen Dank und alles Gute. Noch einmal: {senderName}.",
    cores: {
      appreciation:
        "Ich rufe an, um mich für <interviewed?<Ihre|deine> Zeit in den Gesprächen|die Prüfung meiner Bewerbung>{forRole} zu bedanken. <paused?Ich verstehe, dass die Suche gerade ruht, und würde gern wieder anknüpfen, sobald es weitergeht.|Ich kann die Entscheidung gut nachvollziehen und freue mich, wenn <Sie|du> bei künftigen Stellen an mich <denken|denkst>.>",
      feedback_request:
        "Vielen Dank, dass <Sie|du> meine Bewerbung{forRole} berücksichtigt <haben|hast>; ich respektiere die Entscheidung. Wenn <Sie|du> einmal einen Moment <haben|hast>, würde mich interessieren, was meine Bewerbung stärker gemacht hätte.",
      keep_on_file_follow_up:
        "Vielen Dank, dass <Sie|du> meine Unterlagen <aufbewahren|aufbewahrst>. Wenn ich für künftige Stellen{atCompany} noch etwas nachreichen kann, <sagen Sie|sag> gern Bescheid.",
      networking_meeting:
        "Ich wollte fragen, ob <Sie|du> demnächst 15 bis 20 Minuten für ein kurzes Gespräch über die Branche <hätten|hättest>.",
      stay_in_touch:
        "Kein besonderer Anlass: Ich wollte mich einfach melden und hören, wie es <Ihnen|dir> geht.",
      check_in_90_day:
        "Seit unserem letzten Kontakt sind ein paar Monate vergangen, und mein Interesse an einer Aufgabe{atCompany} ist ungebrochen. Falls sich etwas ergibt, spreche ich gern mit <Ihnen|dir>.",
      on_hold_check_back:
        "Bei unserem letzten Kontakt ruhte die Suche{forRole}. Ich wollte fragen, ob es inzwischen weitergeht; mein Interesse ist nach wie vor groß.",
      thanks_for_feedback:
        "Ich wollte mich herzlich für <Ihr|dein> Feedback bedanken. Das weiß ich sehr zu schätzen.",
      thanks_for_referral:
        "Vielen Dank für <Ihre|deine> Unterstützung, das ist sehr großzügig. Ich erzähle <Ihnen|dir>, wie es gelaufen ist.",
    },
  },
};
