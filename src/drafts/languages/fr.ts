import { joinWords } from "../join-words.ts";
import { type LanguagePack, SLOTS } from "../wording.ts";

/** "de" before a vowel or a mute h is elided: "le poste d’ingénieur", "le poste de chef de projet". */
const de = (word: string) => (/^[aeiouyhàâäéèêëîïôöûüœ]/i.test(word) ? `d’${word}` : `de ${word}`);

/** French: vous or tu as the employer wrote; a narrow no-break space before ? ! : ; as French typography wants. */
export const FR: LanguagePack = {
  language: "fr",
  // Only ever used after "chez".
  noCompany: "<vous|vous>",
  atCompany: (company) => ` chez ${company}`,
  theRole: (title) => (title ? `le poste ${de(title)}` : "le poste"),
  forRole: (title) => ` pour le poste ${de(title)}`,
  topic: {
    talked: (t) => `J’ai particulièrement apprécié notre échange sur ${t}.`,
    ask: (t) => `J’aimerais beaucoup en savoir plus sur ${t}, à l’occasion.`,
    later: (t) => `Je repense encore souvent à notre échange sur ${t}.`,
    about: (t) => ` sur ${t}`,
  },
  futureLine: {
    open: "Si un poste correspondant à mon profil se libère plus tard, j’aimerais beaucoup que <vous pensiez|tu penses> à moi.",
    paused:
      "Si le recrutement reprend, j’aimerais beaucoup reprendre là où nous nous sommes arrêtés.",
  },
  wish: {
    hired:
      "Je <vous|te> souhaite, ainsi qu’à toute l’équipe, une excellente continuation, et une belle réussite à la personne retenue.",
    nobodyHired: "Je <vous|te> souhaite, ainsi qu’à toute l’équipe, une excellente continuation.",
  },
  targets: (names) =>
    `Je m’intéresse tout particulièrement à ${joinWords(names, "et")}, si <vous y connaissez|tu y connais> quelqu’un.`,
  referrerFallback: "une connaissance commune",
  introducedFallback: "la personne que <vous m’avez|tu m’as> présentée",
  kinds: {
    appreciation: [
      {
        subject: "Merci",
        body: `{greeting}

<interviewed?<wrote?Merci pour <votre|ton> message, et pour le temps que <vous m’avez|tu m’as> consacré lors des entretiens{forRole}.|Merci pour le temps que <vous m’avez|tu m’as> consacré lors des entretiens{forRole}.>|<wrote?Merci pour <votre|ton> retour, et pour l’attention portée à ma candidature{forRole}.|Merci pour l’attention portée à ma candidature{forRole}.>> <paused?Je comprends que le recrutement soit suspendu pour le moment.|Je comprends tout à fait la décision.>

{topicLine}

{futureLine}

{wishLine}

{signOff}
{senderName}`,
      },
    ],
    feedback_request: [
      {
        subject: "Merci, et une question",
        body: `{greeting}

Merci pour <votre|ton> retour, et pour <interviewed?le temps que <vous m’avez|tu m’as> consacré lors des entretiens|l’attention portée à ma candidature>{forRole}. Je respecte la décision.

{topicLine}

Si <vous avez|tu as> un moment, un conseil me serait précieux\u202f: y a-t-il quelque chose qui aurait rendu ma candidature plus solide\u202f? Deux ou trois lignes suffisent, et je comprendrai très bien si le temps manque.

{futureLine}

{signOff}
{senderName}`,
      },
    ],
    role_fit_question: [
      {
        subject: "Merci, et une petite question",
        body: `{greeting}

Merci pour <votre|ton> retour, et pour <votre|ta> franchise\u202f: je comprends que {theRole} ne correspondait pas tout à fait.

{topicLine}

Y a-t-il d’autres postes{atCompany} auxquels mon profil conviendrait mieux\u202f? <Votre|Ton> avis m’aiderait à mieux cibler mes recherches, sans aucune urgence, et je comprendrai si le temps manque.

{signOff}
{senderName}`,
      },
    ],
    referral_request: [
      {
        subject: "Un petit service, si <vous le voulez|tu le veux> bien",
        body: `{greeting}

Je garde un très bon souvenir de <interviewed?nos entretiens|nos échanges>{atCompany}, et je poursuis mes recherches.

{topicLine}

<Accepteriez-vous|Accepterais-tu> de me recommander, ou de me mettre en relation avec une personne qu’il serait utile que je rencontre\u202f?

{targetsLine}

Si le moment est mal choisi, <dites-le-moi|dis-le-moi> simplement\u202f; je comprendrai parfaitement.

{signOff}
{senderName}`,
      },
    ],
    linkedin_note: [
      {
        subject: "",
        topic: "with",
        body: "{greetingInline} <thanked?un plaisir d’avoir fait <votre|ta> connaissance{atCompany}|merci pour <interviewed?nos entretiens|nos échanges>{atCompany}>. J’ai apprécié notre échange{aboutTopic} et j’aimerais rester en contact. {senderName}",
      },
      {
        subject: "",
        topic: "without",
        body: "{greetingInline} <thanked?un plaisir d’avoir fait <votre|ta> connaissance{atCompany}|merci pour <interviewed?nos entretiens|nos échanges>{atCompany}>. J’aimerais beaucoup rester en contact ici. {senderName}",
      },
    ],
    keep_on_file_follow_up: [
      {
        subject: "Merci de garder ma candidature en tête",
        body: `{greeting}

Merci pour <votre|ton> message, et pour la proposition de conserver mon dossier. J’aimerais beaucoup que ma candidature soit prise en compte pour de futures opportunités{atCompany}.

{topicLine}

Puis-je <vous |t’>envoyer quelque chose d’utile, par exemple un CV à jour ou des exemples de travaux\u202f? Une réponse rapide, quand cela <vous |t’>arrange, suffit largement.

{signOff}
{senderName}`,
      },
    ],
    networking_meeting: [
      {
        subject: "Un court échange\u202f?",
        body: `{greeting}

J’espère que tout va bien de <votre|ton> côté. Je réfléchis à ma prochaine étape et <votre|ton> regard me serait précieux\u202f: <auriez-vous|aurais-tu> 15 à 20 minutes pour un appel dans les semaines à venir\u202f?

{topicLine}

J’aimerais savoir comment <vous voyez|tu vois> l’évolution du secteur et des projets{atCompany}, et qui d’autre je pourrais contacter. Si le moment ne s’y prête pas, aucun souci.

{signOff}
{senderName}`,
      },
    ],
    stay_in_touch: [
      {
        subject: "J’ai pensé à <vous|toi>",
        body: `{greeting}

J’ai découvert ${SLOTS.share} et j’ai tout de suite pensé à <vous|toi>.

{laterTopicLine}

J’espère que tout va bien de <votre|ton> côté. Nul besoin de répondre, je voulais simplement <vous|te> le transmettre.

{signOff}
{senderName}`,
      },
    ],
    pass_on_lead: [
      {
        subject: "Une piste qui pourrait <vous |t’>intéresser",
        body: `{greeting}

Voici quelque chose qui pourrait <vous |t’>être utile, à <vous|toi> ou à <votre|ton> équipe\u202f: ${SLOTS.lead}.

{laterTopicLine}

<Faites-en|Fais-en> ce que bon <vous|te> semble, nul besoin de répondre. J’espère que tout va bien de <votre|ton> côté.

{signOff}
{senderName}`,
      },
    ],
    check_in_90_day: [
      {
        subject: "Des nouvelles",
        body: `{greeting}

Quelques mois ont passé depuis nos échanges concernant {theRole}, et je voulais simplement prendre des nouvelles. Mon intérêt pour un poste{atCompany} reste entier.

{laterTopicLine}

Si une opportunité se présente ou si les projets évoluent, j’en parlerais avec plaisir. Et sinon, j’espère que tout va bien.

{signOff}
{senderName}`,
      },
    ],
    on_hold_check_back: [
      {
        subject: "Le recrutement a-t-il repris\u202f?",
        body: `{greeting}

Lors de notre dernier échange, le recrutement{forRole} était suspendu. Le poste m’intéresse toujours beaucoup\u202f: le recrutement a-t-il repris, ou devrait-il reprendre prochainement\u202f?

{laterTopicLine}

S’il est encore trop tôt pour le dire, un simple «\u202fpas encore\u202f» me suffit.

{signOff}
{senderName}`,
      },
    ],
    thanks_for_feedback: [
      {
        subject: "Merci pour <votre|ton> retour",
        body: `{greeting}

Merci d’avoir pris le temps de me faire ce retour. Ce n’est pas si courant, et je l’apprécie vraiment.

J’en tiendrai compte pour la suite de mes recherches.

{signOff}
{senderName}`,
      },
    ],
    thanks_for_referral: [
      {
        subject: "Un grand merci",
        body: `{greeting}

Merci pour <votre|ton> aide, c’est très généreux de <votre|ta> part. Je <vous|te> tiendrai au courant de la suite.

Si je peux un jour <vous|te> rendre la pareille, à <vous|toi> ou à quelqu’un de <votre|ton> réseau, <n’hésitez pas|n’hésite pas>.

{signOff}
{senderName}`,
      },
    ],
    thanks_anyway: [
      {
        subject: "Merci malgré tout",
        body: `{greeting}

Merci pour <votre|ta> réponse, et aucun problème\u202f: je comprends tout à fait. C’est gentil d’avoir pris le temps de me répondre.

Je <vous|te> souhaite une excellente continuation{atCompany}.

{signOff}
{senderName}`,
      },
    ],
    introduction: [
      {
        subject: "De la part de {referrerName}",
        body: `{greeting}

Je me permets de <vous|te> contacter de la part de {referrerName}, qui m’a aimablement transmis <vos|tes> coordonnées. Je suis à la recherche de mon prochain poste et j’aimerais beaucoup en savoir plus sur <votre|ton> travail{atCompany}.

<Auriez-vous|Aurais-tu> 15 à 20 minutes pour un court appel dans les semaines à venir\u202f? Si le moment est mal choisi, je comprendrai tout à fait.

{signOff}
{senderName}`,
      },
    ],
    report_back: [
      {
        subject: "Des nouvelles, et encore merci",
        body: `{greeting}

Je voulais <vous|te> dire comment les choses se sont passées avec {introducedName}\u202f: ${SLOTS.news}

Merci encore d’avoir rendu cela possible. Si je peux un jour <vous|te> rendre service, <n’hésitez pas|n’hésite pas>.

{signOff}
{senderName}`,
      },
    ],
  },
  linkedinFallbacks: [
    "{greetingInline} merci pour <votre|ton> temps. Au plaisir de rester en contact. {senderFirstName}",
    "{greetingInline} au plaisir de rester en contact. {senderFirstName}",
    "Au plaisir de rester en contact.",
  ],
  call: {
    frame:
      "{greetingInline} c’est {senderName}. {callCore} Inutile de me rappeler, un e-mail suffit si c’est plus simple. Merci, et bonne journée. Encore une fois, {senderName}.",
    cores: {
      appreciation:
        "J’appelle pour <vous|te> remercier <interviewed?du temps que <vous m’avez|tu m’as> consacré lors des entretiens|de l’attention portée à ma candidature>{forRole}. <paused?Je comprends que le recrutement soit suspendu, et j’aimerais reprendre contact s’il redémarre.|Je comprends la décision, et j’aimerais beaucoup que <vous pensiez|tu penses> à moi pour de futurs postes.>",
      feedback_request:
        "Merci d’avoir examiné ma candidature{forRole}\u202f; je respecte la décision. Si <vous avez|tu as> un moment, un conseil sur ce qui aurait rendu ma candidature plus solide me serait précieux.",
      keep_on_file_follow_up:
        "Merci de conserver ma candidature. Si je peux envoyer quelque chose d’utile pour de futures opportunités{atCompany}, <dites-le-moi|dis-le-moi>.",
      networking_meeting:
        "Je voulais savoir si <vous auriez|tu aurais> 15 à 20 minutes prochainement pour un court échange sur le secteur.",
      stay_in_touch:
        "Rien de particulier\u202f: je voulais simplement prendre de <vos|tes> nouvelles.",
      check_in_90_day:
        "Quelques mois ont passé depuis nos échanges, et mon intérêt pour un poste{atCompany} reste entier. Si une opportunité se présente, j’en parlerais avec plaisir.",
      on_hold_check_back:
        "Le recrutement{forRole} était suspendu lors de notre dernier échange, et je voulais savoir s’il a repris. Le poste m’intéresse toujours beaucoup.",
      thanks_for_feedback:
        "Je voulais <vous|te> remercier pour <votre|ton> retour. Je l’apprécie vraiment.",
      thanks_for_referral:
        "Un grand merci pour <votre|ton> aide, c’est très généreux. Je <vous|te> tiendrai au courant.",
    },
  },
};
