import { describe, expect, it } from "vitest";
import type { Category, RejectionReason } from "../../schemas/understanding.ts";
import { REASON_PATTERNS, SIGNAL_PATTERNS } from "../../src/understand/classification-patterns.ts";
import {
  type ClassifyInput,
  classifyMessage,
  wordStartKeys,
} from "../../src/understand/classify.ts";
import { foldText } from "../../src/understand/detect-language.ts";

/** A message as the classifier sees it: the newest part of the original, no auto-reply header. */
function input(body: string, extra: Partial<ClassifyInput> = {}): ClassifyInput {
  return { subject: "", body, senderAddress: "maya@example.com", autoReplyHeader: false, ...extra };
}

/** Rejections, each written the way HR mail says it, with the reason it gives. */
const REJECTIONS: readonly [RejectionReason, string][] = [
  // other_candidate
  [
    "other_candidate",
    "Thank you for interviewing with us for the Data Engineer role. After careful consideration, we have decided to move forward with another candidate whose experience more closely aligns with our needs.",
  ],
  [
    "other_candidate",
    "We really enjoyed meeting you. Unfortunately we've decided to go with a candidate who has more direct experience in payments.",
  ],
  [
    "other_candidate",
    "Thanks for your patience. The hiring team has selected another applicant for the position.",
  ],
  [
    "other_candidate",
    "I wanted to let you know that we have offered the role to someone else, and they have accepted.",
  ],
  [
    "other_candidate",
    "It was a tough decision, but we've chosen to proceed with a different candidate at this time. Thanks again for your time.",
  ],
  [
    "other_candidate",
    "We received applications from many highly qualified people and have decided to pursue candidates whose qualifications better match the requirements of the position.",
  ],
  [
    "other_candidate",
    "Hi Jordan, I'm afraid the team decided to hire another candidate for the Platform role. I'm sorry it's not better news.",
  ],
  [
    "other_candidate",
    "It came down to you and one other finalist, and we've made an offer to the other person. It was genuinely close.",
  ],
  [
    "other_candidate",
    "Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden haben.",
  ],
  [
    "other_candidate",
    "Nach reiflicher Überlegung haben wir uns für einen Bewerber entschieden, dessen Profil noch besser zu unseren Anforderungen passt.",
  ],
  [
    "other_candidate",
    "Vielen Dank für die angenehmen Gespräche. Wir haben die Stelle inzwischen an einen anderen Bewerber vergeben.",
  ],
  [
    "other_candidate",
    "Nous vous remercions pour votre candidature. Nous avons retenu un autre candidat dont le profil correspond davantage à nos besoins.",
  ],
  [
    "other_candidate",
    "Après mûre réflexion, nous avons choisi de poursuivre avec une autre candidature pour ce poste.",
  ],
  [
    "other_candidate",
    "Tras valorar todas las candidaturas, hemos decidido continuar el proceso con otra persona cuyo perfil se ajusta más a lo que buscamos.",
  ],
  [
    "other_candidate",
    "Lamentablemente, hemos seleccionado a otro candidato para el puesto de Ingeniero de Datos.",
  ],
  [
    "other_candidate",
    "Bedankt voor je sollicitatie. Helaas hebben we gekozen voor een andere kandidaat die beter aansluit bij het team.",
  ],
  [
    "other_candidate",
    "Purtroppo abbiamo scelto un altro candidato il cui profilo è più in linea con le nostre esigenze.",
  ],
  ["other_candidate", "Infelizmente, optamos por seguir com outro candidato para esta vaga."],
  // position_closed
  [
    "position_closed",
    "Since we last spoke, we've decided to fill the position internally, so we won't be continuing with external candidates.",
  ],
  [
    "position_closed",
    "Due to a change in business priorities, the role has been cancelled and we won't be hiring for it this year.",
  ],
  [
    "position_closed",
    "I wanted to let you know that the position is no longer open. Following a reorganisation, the team's headcount was removed.",
  ],
  [
    "position_closed",
    "Quick update on the Staff Engineer opening: the requisition has been closed and we are not moving forward with any candidates.",
  ],
  [
    "position_closed",
    "Unfortunately the role has been eliminated as part of a wider restructuring, so we have had to stop the process.",
  ],
  [
    "position_closed",
    "We have decided not to fill this role after all. I'm sorry to bring this news after the effort you put in.",
  ],
  ["position_closed", "Leider müssen wir Ihnen mitteilen, dass die Stelle intern besetzt wurde."],
  [
    "position_closed",
    "Aufgrund einer Umstrukturierung entfällt die ausgeschriebene Position leider ersatzlos.",
  ],
  [
    "position_closed",
    "Nous sommes au regret de vous informer que le poste a été pourvu en interne.",
  ],
  [
    "position_closed",
    "Suite à une réorganisation, le poste a été supprimé et le recrutement est clos.",
  ],
  [
    "position_closed",
    "Te escribo para contarte que la vacante ha sido cubierta internamente, por lo que cerramos el proceso.",
  ],
  [
    "position_closed",
    "Lamentablemente el puesto ha sido cancelado por cambios en la organización.",
  ],
  [
    "position_closed",
    "Helaas is de vacature intern ingevuld, waardoor we de procedure hebben stopgezet.",
  ],
  ["position_closed", "Purtroppo la posizione è stata chiusa e la selezione è terminata."],
  [
    "position_closed",
    "Infelizmente a vaga foi preenchida internamente e o processo foi encerrado.",
  ],
  // on_hold
  [
    "on_hold",
    "We've put the search on hold while we reassess our budget for next year, so we can't move forward right now.",
  ],
  [
    "on_hold",
    "The company has announced a hiring freeze, so we're pausing all open roles, including this one.",
  ],
  [
    "on_hold",
    "We have decided to pause recruitment for the Backend Engineer role until Q3. I'll reach out if it reopens.",
  ],
  [
    "on_hold",
    "Unfortunately the headcount for this position has been frozen for the rest of the year.",
  ],
  [
    "on_hold",
    "Aufgrund eines Einstellungsstopps müssen wir das Auswahlverfahren leider vorerst pausieren.",
  ],
  ["on_hold", "Die Besetzung der Stelle ist bis auf Weiteres auf Eis gelegt."],
  ["on_hold", "Malheureusement, le recrutement pour ce poste est suspendu jusqu'à nouvel ordre."],
  ["on_hold", "Nous avons décidé de mettre ce recrutement en pause pour des raisons budgétaires."],
  [
    "on_hold",
    "Por motivos presupuestarios hemos decidido pausar el proceso de selección durante unos meses.",
  ],
  [
    "on_hold",
    "Debido a una congelación de contrataciones, el proceso queda paralizado de momento.",
  ],
  ["on_hold", "Helaas is de vacature voorlopig on hold gezet vanwege de begroting."],
  ["on_hold", "Purtroppo la selezione è stata sospesa fino al prossimo anno."],
  [
    "on_hold",
    "Infelizmente, o processo seletivo foi suspenso devido ao congelamento de contratações.",
  ],
  // not_a_fit_for_role
  [
    "not_a_fit_for_role",
    "After reviewing your profile, we feel your experience doesn't quite match the requirements of this role.",
  ],
  [
    "not_a_fit_for_role",
    "For this position we're looking for someone with more hands-on Kubernetes experience, so we won't be taking your application further.",
  ],
  [
    "not_a_fit_for_role",
    "We are looking for candidates with deeper experience in embedded systems, so we will not be progressing your application.",
  ],
  [
    "not_a_fit_for_role",
    "Your background is impressive, but unfortunately it's not the right fit for this particular role.",
  ],
  [
    "not_a_fit_for_role",
    "Unfortunately we've concluded that your skills are not aligned with what the role requires.",
  ],
  ["not_a_fit_for_role", "Leider passt Ihr Profil nicht zu den Anforderungen der Stelle."],
  [
    "not_a_fit_for_role",
    "Für diese Position suchen wir leider jemanden mit mehr Erfahrung im SAP-Umfeld.",
  ],
  ["not_a_fit_for_role", "Malheureusement, votre profil ne correspond pas aux besoins du poste."],
  ["not_a_fit_for_role", "Lamentablemente tu perfil no encaja con los requisitos del puesto."],
  ["not_a_fit_for_role", "Helaas sluit je profiel niet aan bij wat we voor deze functie zoeken."],
  [
    "not_a_fit_for_role",
    "Purtroppo il tuo profilo non è in linea con i requisiti della posizione.",
  ],
  ["not_a_fit_for_role", "Infelizmente o seu perfil não corresponde aos requisitos da vaga."],
  // generic
  [
    "generic",
    "Thank you for your interest in Acme. After careful review, we will not be moving forward with your application.",
  ],
  ["generic", "We regret to inform you that your application was not successful."],
  [
    "generic",
    "Thanks for taking the time to talk with us. Unfortunately, we won't be progressing your application any further.",
  ],
  ["generic", "Hi Jordan, I'm sorry to say it's a no from us this time. Best of luck!"],
  [
    "generic",
    "We've decided not to proceed with your candidacy. We wish you every success in your search.",
  ],
  [
    "generic",
    "Leider können wir Ihnen keine positive Rückmeldung geben und müssen Ihnen eine Absage erteilen.",
  ],
  [
    "generic",
    "Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können.",
  ],
  [
    "generic",
    "Nous sommes au regret de vous informer que nous ne pouvons pas donner une suite favorable à votre candidature.",
  ],
  ["generic", "Lamentamos comunicarte que no continuarás en el proceso de selección."],
  [
    "generic",
    "Helaas moeten we je laten weten dat we je sollicitatie niet verder in behandeling nemen.",
  ],
  ["generic", "Purtroppo la tua candidatura non è stata selezionata."],
  ["generic", "Infelizmente, não daremos seguimento à sua candidatura."],
];

describe("classifyMessage: rejections", () => {
  it.each(REJECTIONS)("reads a rejection (%s): %s", (reason, body) => {
    const result = classifyMessage(input(body));
    expect(result.category).toBe("rejection");
    expect(result.reason).toBe(reason);
  });
});

/** Every other category, in several languages and phrasings. */
const CATEGORIES: readonly [Category, string][] = [
  // keep_on_file: wins over the "no" that usually comes with it
  [
    "keep_on_file",
    "Unfortunately we've decided to move forward with another candidate. We'd like to keep your CV on file and will contact you if a suitable role opens up.",
  ],
  [
    "keep_on_file",
    "While we won't be progressing your application, we were impressed and would love to add you to our talent pool for future opportunities.",
  ],
  [
    "keep_on_file",
    "We will retain your details in our database and reach out should a more suitable vacancy arise.",
  ],
  [
    "keep_on_file",
    "The role went to someone with more fintech background, but I'll keep your resume handy for future openings on the platform team.",
  ],
  [
    "keep_on_file",
    "We'd love to keep you in mind for future roles that better match your experience, if that's okay with you.",
  ],
  [
    "keep_on_file",
    "Leider haben wir uns anders entschieden. Gerne würden wir Ihre Unterlagen in unserem Talentpool speichern und uns bei passenden Vakanzen bei Ihnen melden.",
  ],
  [
    "keep_on_file",
    "Mit Ihrem Einverständnis nehmen wir Ihr Profil in unseren Bewerberpool auf und kommen bei einer passenden Stelle auf Sie zu.",
  ],
  [
    "keep_on_file",
    "Nous ne donnerons pas suite, mais nous conservons votre CV dans notre vivier et reviendrons vers vous si une opportunité se présente.",
  ],
  [
    "keep_on_file",
    "Aunque no seguiremos adelante, guardaremos tu CV en nuestra base de datos para futuras oportunidades.",
  ],
  [
    "keep_on_file",
    "Helaas gaan we niet verder met je sollicitatie. We bewaren je cv graag in ons bestand voor toekomstige vacatures.",
  ],
  [
    "keep_on_file",
    "Purtroppo non proseguiremo, ma conserveremo il tuo curriculum per future opportunità.",
  ],
  [
    "keep_on_file",
    "Infelizmente não seguiremos com a sua candidatura, mas manteremos o seu currículo no nosso banco de talentos.",
  ],
  // feedback: the bulk of it is about how the candidate did
  [
    "feedback",
    "You asked for feedback, so here goes. The panel felt your system design answer lacked depth on caching and failure modes. Your coding was solid, but you ran short of time. I'd suggest practising a couple of design questions out loud.",
  ],
  [
    "feedback",
    "Thanks for asking. What separated the finalists was the data modelling round: you went straight to a document store, and we were hoping to hear about normalisation and indexing trade-offs. Your API design was one of the strongest we saw.",
  ],
  [
    "feedback",
    "Happy to share some thoughts. Strengths: clear communication, a tidy take-home. Areas for improvement: testing strategy and how you handled the ambiguous requirements; the panel noted you didn't ask clarifying questions.",
  ],
  [
    "feedback",
    "As promised, some feedback on your interview. We decided not to go ahead, and the main reason was the live coding: you got to a working solution but the code was hard to follow. Your presentation, on the other hand, impressed everyone, and your questions were excellent. I'd recommend working on naming and structure.",
  ],
  [
    "feedback",
    "Sie hatten um ein Feedback gebeten: Ihre Präsentation hat uns überzeugt, aber im technischen Teil hätten wir uns mehr Tiefe bei verteilten Systemen gewünscht. Ausschlaggebend war am Ende die fehlende Erfahrung mit Kafka.",
  ],
  [
    "feedback",
    "Comme vous me l'avez demandé, voici quelques retours sur votre entretien : vos points forts sont la clarté et la rigueur, mais il vous a manqué de la profondeur sur l'architecture. Nous aurions aimé plus d'exemples concrets.",
  ],
  [
    "feedback",
    "Como me pediste, te comparto algunos comentarios sobre tu entrevista: tus puntos fuertes fueron la comunicación y el caso práctico, pero te faltó profundidad en diseño de sistemas.",
  ],
  // referral_offer: an introduction, a referral or a reference
  [
    "referral_offer",
    "We went with someone else, but I'd be happy to introduce you to a friend at Globex who is hiring backend engineers.",
  ],
  ["referral_offer", "If it helps with other applications, feel free to list me as a reference."],
  [
    "referral_offer",
    "I've passed your CV on to my colleague Dana in the data team; she's looking for someone with your background.",
  ],
  [
    "referral_offer",
    "I'd be glad to refer you for the Staff role on our platform team if you're interested.",
  ],
  [
    "referral_offer",
    "I enjoyed our conversation. Let me know if I can help: I'm happy to act as a reference for you.",
  ],
  [
    "referral_offer",
    "Gerne stelle ich Ihnen den Kontakt zu einer Kollegin bei der Nordbank her, die gerade ein Team aufbaut.",
  ],
  [
    "referral_offer",
    "Je serais ravi de vous mettre en relation avec un ami qui recrute chez Alpaga.",
  ],
  [
    "referral_offer",
    "Si te sirve, con gusto te pongo en contacto con una compañera de Vela que está buscando perfiles como el tuyo.",
  ],
  [
    "referral_offer",
    "Ik breng je graag in contact met een collega bij Rietveld, zij zoekt nog developers.",
  ],
  // interview_invite, including rescheduling
  [
    "interview_invite",
    "We'd like to invite you to a second interview with the engineering team. Please let us know your availability next week.",
  ],
  [
    "interview_invite",
    "Unfortunately we are not moving forward with the 2pm slot tomorrow as the hiring manager is unwell. Can we do Thursday at 11 instead?",
  ],
  [
    "interview_invite",
    "Apologies, but I need to move our call. Would Friday morning work for you?",
  ],
  [
    "interview_invite",
    "Good news! The team enjoyed your screen and would love to have you back for the onsite. Here's a link to book a time: https://cal.example.com/jordan",
  ],
  [
    "interview_invite",
    "Wir möchten Sie gerne zu einem persönlichen Gespräch in unser Büro einladen. Passt Ihnen Dienstag um 10 Uhr?",
  ],
  [
    "interview_invite",
    "Nous aimerions vous rencontrer pour un entretien avec l'équipe technique. Quelles sont vos disponibilités la semaine prochaine ?",
  ],
  [
    "interview_invite",
    "Nos gustaría invitarte a una segunda entrevista con el equipo. ¿Qué disponibilidad tienes?",
  ],
  [
    "interview_invite",
    "We nodigen je graag uit voor een tweede gesprek met het team. Wanneer schikt het jou?",
  ],
  ["interview_invite", "Vorremmo invitarti a un colloquio conoscitivo la prossima settimana."],
  [
    "interview_invite",
    "Gostaríamos de convidá-lo para uma entrevista com a equipa na próxima semana.",
  ],
  // offer
  [
    "offer",
    "I'm thrilled to offer you the role of Senior Engineer at Acme! Your offer letter is attached.",
  ],
  [
    "offer",
    "On behalf of the whole team, we'd like to offer you the position of Data Engineer. Please find the details of the package below.",
  ],
  [
    "offer",
    "Wir freuen uns, Ihnen die Stelle als Backend-Entwickler anbieten zu können. Den Vertrag schicken wir Ihnen separat.",
  ],
  [
    "offer",
    "Nous avons le plaisir de vous proposer le poste de Développeur Senior. Vous trouverez la promesse d'embauche en pièce jointe.",
  ],
  [
    "offer",
    "Nos complace ofrecerte el puesto de Ingeniera de Software. Te adjunto la carta de oferta.",
  ],
  [
    "offer",
    "Siamo lieti di offrirti la posizione di Sviluppatore Backend. In allegato trovi la proposta contrattuale.",
  ],
  [
    "offer",
    "Temos o prazer de lhe oferecer a vaga de Engenheiro de Dados. Segue em anexo a proposta de emprego.",
  ],
  [
    "offer",
    "Met veel plezier bieden we je de functie van Backend Developer aan. Het contractvoorstel volgt per mail.",
  ],
  // auto_reply from the text alone
  [
    "auto_reply",
    "I am out of the office until Monday 3 June with limited access to email. For urgent matters please contact hr@example.com.",
  ],
  [
    "auto_reply",
    "Thanks for your message. I'm currently on annual leave, returning on 12 August, and will reply when I'm back.",
  ],
  [
    "auto_reply",
    "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 12.08. nicht im Büro und habe keinen Zugriff auf meine E-Mails.",
  ],
  [
    "auto_reply",
    "Bonjour, je suis absente jusqu'au 20 août inclus. Pour toute urgence, merci de contacter rh@example.fr.",
  ],
  [
    "auto_reply",
    "Hola, estoy fuera de la oficina hasta el lunes 2 de septiembre. Responderé a tu correo a mi regreso.",
  ],
  [
    "auto_reply",
    "Ik ben tot en met 5 mei afwezig en lees mijn e-mail niet. Voor dringende zaken kunt u mailen naar hr@example.nl.",
  ],
  ["auto_reply", "Sono fuori ufficio fino al 3 settembre con accesso limitato alla posta."],
  ["auto_reply", "Estou fora do escritório até dia 10 de julho, sem acesso ao e-mail."],
  // other: acknowledgements, alerts, newsletters, cold outreach, chit-chat
  [
    "other",
    "Thank you for applying! We have received your application and will review it shortly.",
  ],
  [
    "other",
    "This email confirms that we have received your application for Software Engineer. If you have not heard from us within 21 days, please assume that your application has not been successful on this occasion.",
  ],
  [
    "other",
    "Thanks for applying to Lindqvist Audio. Your application arrived safely and our hiring team will be in touch within two weeks.",
  ],
  [
    "other",
    "Vielen Dank für Ihre Bewerbung. Wir haben Ihre Unterlagen erhalten und melden uns in Kürze bei Ihnen.",
  ],
  [
    "other",
    "Nous accusons réception de votre candidature et reviendrons vers vous dans les meilleurs délais.",
  ],
  [
    "other",
    "Hemos recibido tu candidatura y la estamos revisando. Te contactaremos si tu perfil encaja.",
  ],
  [
    "other",
    '12 new jobs match your alert "backend engineer" near London. View all jobs. You are receiving this email because you created a job alert. Unsubscribe',
  ],
  [
    "other",
    "This week in tech hiring: five tips for your CV, salary trends for 2026 and our favourite remote roles. Manage your email preferences or unsubscribe at any time.",
  ],
  ["other", "Thanks Jordan, got it! Speak soon."],
];

describe("classifyMessage: categories", () => {
  it.each(CATEGORIES)("reads %s: %s", (category, body) => {
    const result = classifyMessage(input(body));
    expect(result.category).toBe(category);
    expect(result.reason).toBe(null);
  });
});

/** Messages whose words point one way while they mean another. */
const HARD_CASES: readonly [string, Category, RejectionReason | null, string][] = [
  [
    "a rescheduled slot",
    "interview_invite",
    null,
    "I'm so sorry, but the hiring manager has a conflict and we need to cancel tomorrow's interview. Could we find another time next week?",
  ],
  [
    "a postponed onsite",
    "interview_invite",
    null,
    "Sadly Maya is unwell, so we'll have to postpone your onsite. I'll send new times shortly; we're still very keen to meet you.",
  ],
  [
    "a German rescheduling with 'leider'",
    "interview_invite",
    null,
    "Leider müssen wir den Termin am Dienstag verschieben. Passt Ihnen Donnerstag um 14 Uhr?",
  ],
  [
    "a French rescheduling with 'malheureusement'",
    "interview_invite",
    null,
    "Malheureusement, je dois décaler notre entretien de jeudi. Seriez-vous disponible vendredi matin ?",
  ],
  [
    "a Spanish rescheduling with 'lamentablemente'",
    "interview_invite",
    null,
    "Lamentablemente tenemos que cambiar la fecha de la entrevista. ¿Te viene bien el lunes a las 10?",
  ],
  [
    "a call moved to another hour",
    "interview_invite",
    null,
    "Hi Jordan, can we move our chat to 4pm? Something came up at 2.",
  ],
  [
    "an invitation that mentions other candidates",
    "interview_invite",
    null,
    "Great news: you've been shortlisted for the final round! We're meeting a few other candidates as well, so please book a slot this week.",
  ],
  [
    "an invitation after a colleague cancelled",
    "interview_invite",
    null,
    "Unfortunately Sam can't make Thursday after all, but we'd still love to meet you. Are you free for a call on Friday at 10 instead?",
  ],
  [
    "an invitation to a take-home",
    "interview_invite",
    null,
    "Thanks for the chat yesterday! The next step would be a short take-home exercise, followed by a technical interview with two engineers.",
  ],
  [
    "an interview reminder",
    "interview_invite",
    null,
    "Reminder: your interview with Acme is tomorrow at 10:00. The video link is below.",
  ],
  [
    "an acknowledgement that warns of silence",
    "other",
    null,
    "Thanks for your interest! Our team is currently reviewing applications and will get back to you within two weeks. Unfortunately, due to the high volume, we can't respond to every applicant individually.",
  ],
  [
    "an acknowledgement that says when to assume a no",
    "other",
    null,
    "This email confirms that we have received your application for Software Engineer. If you have not heard from us within 21 days, please assume that your application has not been successful on this occasion.",
  ],
  [
    "a German acknowledgement with 'leider'",
    "other",
    null,
    "Vielen Dank für Ihre Bewerbung, die wir erhalten haben. Leider kann die Bearbeitung einige Wochen dauern.",
  ],
  [
    "a rejection that mentions feedback in passing",
    "rejection",
    "other_candidate",
    "We've decided to move forward with other candidates. Thank you for the time you spent with the team; the feedback on your communication was very positive.",
  ],
  [
    "a rejection that cannot give feedback",
    "rejection",
    "generic",
    "Unfortunately we won't be moving forward with your application. Due to the number of applications we receive, we can't provide individual feedback.",
  ],
  [
    "a German rejection that cannot give feedback",
    "rejection",
    "generic",
    "Leider können wir Ihre Bewerbung nicht berücksichtigen. Bitte haben Sie Verständnis, dass wir aufgrund der vielen Bewerbungen kein individuelles Feedback geben können.",
  ],
  [
    "a rejection that offers a feedback call",
    "rejection",
    "other_candidate",
    "I'm afraid it's not good news: we've offered the role to another candidate. If you'd like feedback, I'm happy to set up a quick call.",
  ],
  [
    "a rejection that praised the panel's feedback",
    "rejection",
    "other_candidate",
    "We had some great feedback from the team about you, but ultimately we've decided to go with someone with more experience in healthcare.",
  ],
  [
    "a rejection that says 'not invited to the next stage'",
    "rejection",
    "generic",
    "Thank you for attending the interview last week. Unfortunately, we have decided not to invite you to the next stage.",
  ],
  [
    "a rejection that names the next round it won't reach",
    "rejection",
    "generic",
    "We've completed our review and I'm afraid we won't be inviting you to interview.",
  ],
  [
    "a rejection that suggests applying again",
    "rejection",
    "generic",
    "We won't be taking your application further this time. Please feel free to apply for future openings on our careers page.",
  ],
  [
    "a rejection with a data-retention notice",
    "rejection",
    "generic",
    "We regret to inform you that your application was unsuccessful. Your data will be deleted after six months in line with GDPR.",
  ],
  [
    "a rejection from a human who was on holiday",
    "rejection",
    "other_candidate",
    "Sorry for the slow reply, I was on holiday last week. We've decided to go with another candidate, but thank you for your time.",
  ],
  [
    "a rejection with an unsubscribe footer",
    "rejection",
    "generic",
    "We have reviewed your application and will not be proceeding with your candidacy. Manage your email preferences or unsubscribe.",
  ],
  [
    "a job alert that mentions removed jobs",
    "other",
    null,
    "12 new jobs match your alert. Unfortunately, 2 jobs you saved are no longer accepting applications and have been removed from your list. Unsubscribe",
  ],
  [
    "an offer that says 'unfortunately the start date moves'",
    "offer",
    null,
    "Congratulations! We're delighted to offer you the Product Designer role. Unfortunately the start date moves to 1 March because of the office move; the offer letter is attached.",
  ],
  [
    "an offer that mentions other candidates",
    "offer",
    null,
    "We met many strong candidates, but the panel was unanimous: we would like to offer you the position.",
  ],
  [
    "a keep-on-file that says no first",
    "keep_on_file",
    null,
    "Your experience doesn't quite match this role, but we'd like to keep your CV on file for future openings.",
  ],
  [
    "a keep-on-file that holds on to the CV for the next role",
    "keep_on_file",
    null,
    "The opening has been filled, but I'd like to hang on to your resume for the next platform role we open.",
  ],
  [
    "a keep-on-file that will reach out when a role opens",
    "keep_on_file",
    null,
    "Please don't be discouraged. I've saved your profile in our system and will reach out if a role that fits your skills opens up.",
  ],
  [
    "a referral inside a rejection",
    "referral_offer",
    null,
    "We went with someone else, but my old colleague runs engineering at Brightwave and they're hiring. Want me to connect you two?",
  ],
  [
    "an offer to forward the CV elsewhere",
    "referral_offer",
    null,
    "If you want, I can forward your resume to the hiring manager for the SRE role in our Berlin office.",
  ],
  [
    "a recruiter's cold outreach",
    "other",
    null,
    "Hi Jordan, I came across your profile and think you'd be a great fit for a Staff Engineer role at a fintech client of mine. Would you be open to a quick call this week?",
  ],
  [
    "a newsletter with interview tips",
    "other",
    null,
    "Our monthly newsletter: how to ace your next interview, salary trends and ten remote roles. You are receiving this email because you subscribed. Unsubscribe.",
  ],
  [
    "a note that the message was passed on",
    "other",
    null,
    "Thanks for your message, Jordan. I've passed it to the recruiter who handles that role.",
  ],
  ["a short thank-you", "other", null, "Hi Jordan, thanks for the note! Will pass it along."],
  [
    "a progress update that mentions other candidates",
    "other",
    null,
    "Quick update: we're still interviewing other candidates and expect to make a decision by Friday.",
  ],
  [
    "a delay notice that starts with 'unfortunately'",
    "other",
    null,
    "Unfortunately the decision is taking longer than expected because the hiring manager is travelling. I will update you next week.",
  ],
  [
    "a German delay notice",
    "other",
    null,
    "Hallo Jordan, leider dauert die Entscheidung noch etwas länger, da zwei Kollegen im Urlaub waren. Wir melden uns nächste Woche.",
  ],
];

describe("classifyMessage: hard cases", () => {
  it.each(HARD_CASES)("reads %s as %s", (_name, category, reason, body) => {
    const result = classifyMessage(input(body));
    expect(result.category).toBe(category);
    expect(result.reason).toBe(reason);
  });
});

/** More ways of saying no, so the rules are not fitted to one sentence each. */
const MORE_REJECTIONS: readonly [RejectionReason, string][] = [
  [
    "other_candidate",
    "Thank you for your interest in Acme. We have reviewed your background and qualifications and have decided to move forward with other candidates for this position.",
  ],
  [
    "other_candidate",
    "We appreciate your interest, but we have decided to pursue other applicants whose backgrounds are more aligned with the role.",
  ],
  [
    "other_candidate",
    "After careful consideration, we regret to inform you that we have selected other candidates whose qualifications more closely match the needs of the position.",
  ],
  [
    "other_candidate",
    "We've received a high volume of applications and at this time we are moving forward with candidates whose experience is a closer match for the role.",
  ],
  [
    "other_candidate",
    "Thanks so much for your time last week. I wanted to let you know the team has decided to go with a candidate with more direct people-management experience.",
  ],
  [
    "other_candidate",
    "The other finalist had more experience with Kubernetes, so we've extended the offer to them.",
  ],
  ["other_candidate", "After much deliberation, the panel chose another candidate."],
  [
    "other_candidate",
    "You were a strong contender, but the position has been filled by another candidate.",
  ],
  [
    "other_candidate",
    "I'm sorry to share that we've selected a candidate whose experience is more closely aligned with the role.",
  ],
  [
    "other_candidate",
    "Wir haben uns nach reiflicher Überlegung für eine andere Bewerberin entschieden.",
  ],
  [
    "other_candidate",
    "Nous avons choisi un candidat dont l'expérience correspond davantage au poste.",
  ],
  [
    "other_candidate",
    "Te agradecemos tu interés, pero hemos decidido seguir adelante con otros candidatos.",
  ],
  ["other_candidate", "Agradecemos o seu interesse, mas decidimos avançar com outros candidatos."],
  [
    "generic",
    "While your background is impressive, we've decided not to move forward at this time.",
  ],
  [
    "generic",
    "Unfortunately, after careful review, we will not be moving forward with your candidacy at this time. We encourage you to keep an eye on our careers page for future openings.",
  ],
  [
    "generic",
    "Hey Jordan, I really appreciate you going through our process. Tough one, but we're going to pass this time.",
  ],
  ["generic", "At this stage we won't be taking your application any further."],
  ["generic", "Sadly, on this occasion you have not been successful."],
  [
    "generic",
    "Thank you for your application. Regrettably, we are unable to offer you an interview on this occasion.",
  ],
  ["generic", "Thank you for your time. We will not be extending an offer."],
  ["generic", "I'm sorry to let you know that the team has decided not to move forward."],
  [
    "generic",
    "Thank you for interviewing with us. We have decided to not move forward with your candidacy for the role.",
  ],
  [
    "generic",
    "Thank you for your application. We have carefully reviewed it and unfortunately it has not been shortlisted.",
  ],
  ["generic", "We've decided to go in a different direction with this hire."],
  ["generic", "Your application has been declined."],
  ["generic", "Leider können wir Ihnen keine Zusage geben."],
  ["generic", "Ihre Bewerbung konnte leider nicht berücksichtigt werden."],
  ["generic", "Nous avons le regret de vous informer que votre candidature n'a pas été retenue."],
  ["generic", "En esta ocasión no podemos ofrecerte el puesto."],
  [
    "generic",
    "La ringraziamo per l'interesse. Dopo un'attenta valutazione, abbiamo deciso di non procedere con la sua candidatura.",
  ],
  [
    "generic",
    "Na zorgvuldige overweging hebben we besloten om niet verder te gaan met je sollicitatie.",
  ],
  [
    "not_a_fit_for_role",
    "The hiring manager has decided that your experience isn't quite what they're looking for.",
  ],
  [
    "not_a_fit_for_role",
    "Unfortunately the hiring manager felt that the role needs someone more senior.",
  ],
  [
    "not_a_fit_for_role",
    "We're specifically looking for someone with a background in clinical data, which we didn't see in your application, so we won't be progressing.",
  ],
  ["not_a_fit_for_role", "Ihr Profil entspricht leider nicht ganz unseren Anforderungen."],
  [
    "not_a_fit_for_role",
    "Votre profil, bien qu'intéressant, ne correspond pas à nos attentes pour ce poste.",
  ],
  [
    "position_closed",
    "We've decided to hire someone internally for this role, so we're closing the search.",
  ],
  ["position_closed", "We've decided to promote from within for this position."],
  ["position_closed", "This position has been filled. Thank you for your interest."],
  [
    "position_closed",
    "We are writing to let you know that the requisition for Software Engineer II has been cancelled.",
  ],
  ["position_closed", "The team has reprioritised and this headcount is no longer available."],
  [
    "position_closed",
    "Budget for the role was pulled last week, so the position no longer exists.",
  ],
  ["position_closed", "Unfortunately the role is no longer available."],
  ["position_closed", "Leider haben wir die Position mit einer internen Kandidatin besetzt."],
  ["position_closed", "Das Projekt wurde gestoppt und die Stelle wird leider nicht besetzt."],
  ["position_closed", "Le poste a finalement été pourvu par un candidat interne."],
  ["position_closed", "Lamentablemente la posición se ha cancelado."],
  ["on_hold", "Due to budget constraints, we've had to put this hire on hold for now."],
  ["on_hold", "We're pausing hiring for the rest of the quarter, so I have to stop here for now."],
  ["on_hold", "Following the acquisition, all open roles are currently frozen."],
  ["on_hold", "We're putting the Data Engineer search on ice until next year."],
  ["on_hold", "Given the current market, we've paused this requisition indefinitely."],
  ["on_hold", "We have put all hiring on pause until further notice."],
  [
    "on_hold",
    "The role is on hold for the moment, so we won't be scheduling further interviews. I'll let you know if that changes.",
  ],
  [
    "on_hold",
    "Aufgrund der wirtschaftlichen Lage haben wir leider entschieden, die Stelle vorerst nicht zu besetzen.",
  ],
  ["on_hold", "Hemos congelado temporalmente las contrataciones, así que no podemos seguir."],
];

describe("classifyMessage: more rejections", () => {
  it.each(MORE_REJECTIONS)("reads a rejection (%s): %s", (reason, body) => {
    const result = classifyMessage(input(body));
    expect(result.category).toBe("rejection");
    expect(result.reason).toBe(reason);
  });
});

/** More phrasings of the other categories. */
const MORE_CATEGORIES: readonly [Category, string][] = [
  [
    "feedback",
    "I'm happy to give you some feedback. Overall the panel liked your energy, but we felt your answers on stakeholder management were a bit generic; more concrete examples with numbers would have helped. Your technical depth was never in question.",
  ],
  [
    "feedback",
    "Thanks for following up. To be candid, the panel thought your coding interview went well, but your system design answer didn't address scaling. The other finalist went deeper on that. Hope that helps!",
  ],
  [
    "feedback",
    "Danke für Ihre Nachfrage. Ehrlich gesagt war es knapp: Ihre Präsentation war stark, aber bei der Live-Coding-Aufgabe fehlte uns die Struktur, und Ihre Antworten zu Tests blieben vage.",
  ],
  [
    "keep_on_file",
    "Thanks for meeting the team. We've decided to proceed with other candidates whose experience better aligns with our needs, but we'll keep your information on file and may reach out if a suitable opportunity arises.",
  ],
  [
    "keep_on_file",
    "We'd love to stay in touch. I've added you to our talent community so you'll hear about new roles first.",
  ],
  [
    "keep_on_file",
    "Unfortunately we won't be moving forward. That said, we'd love to consider you for future roles, so we'll hold on to your details.",
  ],
  [
    "keep_on_file",
    "Nous gardons votre candidature sous le coude : nous conservons votre CV pour de futures opportunités.",
  ],
  [
    "keep_on_file",
    "Purtroppo non andremo avanti, ma ti terremo in considerazione per future posizioni.",
  ],
  [
    "keep_on_file",
    "Leider müssen wir Ihnen absagen. Wir würden Sie aber gerne für zukünftige Positionen in Betracht ziehen.",
  ],
  [
    "keep_on_file",
    "No seguiremos adelante, pero hemos añadido tu perfil a nuestra bolsa de talento.",
  ],
  ["referral_offer", "Happy to be a reference if it's ever useful down the line."],
  ["referral_offer", "Feel free to use my name when you apply there."],
  [
    "referral_offer",
    "Je connais bien la directrice technique de Lumio, je peux lui transmettre votre CV si vous le souhaitez.",
  ],
  [
    "referral_offer",
    "Si quieres, puedo recomendarte a un amigo que dirige el equipo de datos en Nubia.",
  ],
  [
    "interview_invite",
    "Congrats on making it to the next round! Please use this link to schedule your 60-minute technical interview.",
  ],
  [
    "interview_invite",
    "Thank you for applying to Acme! We'd like to move forward with a phone screen.",
  ],
  [
    "interview_invite",
    "We were impressed by your application and would like to invite you to a video interview.",
  ],
  [
    "interview_invite",
    "Thanks for your patience! The panel would like to meet you for a final interview. Does Tuesday at 3pm work for you?",
  ],
  ["interview_invite", "Are you free for a 30-minute call with our CTO on Tuesday or Wednesday?"],
  [
    "interview_invite",
    "Next step would be a 45-minute call with the hiring manager. Let me know a few times that work for you.",
  ],
  ["interview_invite", "Wir würden Sie gerne persönlich kennenlernen."],
  [
    "interview_invite",
    "Pourriez-vous m'indiquer vos disponibilités pour un entretien téléphonique ?",
  ],
  ["offer", "Great news: the team would love for you to join us! I'm attaching the formal offer."],
  [
    "offer",
    "We're excited to welcome you to the team as our new Head of Data. Details of your package are below.",
  ],
  [
    "offer",
    "Ich freue mich, Ihnen mitteilen zu können, dass wir Ihnen die Stelle anbieten möchten.",
  ],
  ["offer", "¡Enhorabuena! Nos complace ofrecerte el puesto de Analista de Datos."],
  [
    "auto_reply",
    "Thank you for your email. I'm currently travelling with limited connectivity and will respond when I return on 4 May.",
  ],
  ["auto_reply", "I'm out until Jan 6 and will have limited email access."],
  ["auto_reply", "I'm on maternity leave until March 2027. Your email will not be forwarded."],
  ["auto_reply", "Je suis en congé jusqu'au 2 septembre inclus."],
  ["auto_reply", "Ich befinde mich bis zum 3. Mai im Urlaub."],
  ["auto_reply", "Estaré de vacaciones hasta el 15 de agosto."],
  ["auto_reply", "Ik ben met vakantie tot 12 augustus."],
  [
    "other",
    "Thank you for applying to the Software Engineer position. Your application is now under review. If your qualifications match our needs, a recruiter will contact you.",
  ],
  [
    "other",
    "Thanks for applying! We'll be in touch if your experience matches what we're looking for.",
  ],
  ["other", "Your premium trial ends soon. Upgrade now to keep seeing who viewed your profile."],
];

describe("classifyMessage: more categories", () => {
  it.each(MORE_CATEGORIES)("reads %s: %s", (category, body) => {
    expect(classifyMessage(input(body)).category).toBe(category);
  });
});

describe("classifyMessage: headers and subjects", () => {
  it("takes an auto-reply header with a bland body as an auto-reply", () => {
    const result = classifyMessage(
      input("Thank you for your message. I will respond as soon as possible.", {
        autoReplyHeader: true,
      }),
    );
    expect(result.category).toBe("auto_reply");
    expect(result.confidence).toBeGreaterThanOrEqual(0.85);
  });

  it("keeps an ATS rejection that carries an auto-reply header a rejection", () => {
    const result = classifyMessage(
      input(
        "Thank you for your interest in Fernhill. We have decided to move forward with another candidate.",
        { autoReplyHeader: true },
      ),
    );
    expect(result.category).toBe("rejection");
    expect(result.reason).toBe("other_candidate");
  });

  it("reads an automatic-reply subject", () => {
    const result = classifyMessage(
      input("Thanks for your note, I'll get back to you next week.", {
        subject: "Automatic reply: Thank you for the interview",
      }),
    );
    expect(result.category).toBe("auto_reply");
  });

  it("ignores the subject of a reply, written for an earlier message", () => {
    const result = classifyMessage(
      input("Thanks for your patience. We've decided to go with another candidate.", {
        subject: "Re: Interview invitation - Data Engineer",
      }),
    );
    expect(result.category).toBe("rejection");
    expect(result.confidence).toBeGreaterThanOrEqual(0.85);
  });

  it("reads the message's own subject", () => {
    const result = classifyMessage(
      input("Hi Jordan, the details are below.", { subject: "Invitation to interview" }),
    );
    expect(result.category).toBe("interview_invite");
  });
});

describe("classifyMessage: confidence", () => {
  it.each([
    "We regret to inform you that we have decided to move forward with another candidate.",
    "We are delighted to offer you the position of Data Engineer. Your offer letter is attached.",
    "I am out of the office until Monday with no access to email.",
    "Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden haben.",
  ])("is sure of an outright message: %s", (body) => {
    expect(classifyMessage(input(body)).confidence).toBeGreaterThanOrEqual(0.85);
  });

  it.each([
    "Unfortunately that time doesn't suit me.",
    "Please don't be discouraged; we'll reach out if something opens up.",
  ])("asks the user when the signal is weak: %s", (body) => {
    expect(classifyMessage(input(body)).confidence).toBeLessThan(0.6);
  });

  it("asks the user when strong signals conflict", () => {
    const result = classifyMessage(
      input(
        "We won't be moving forward with your application for the senior role. We'd like to invite you to interview for the mid-level position instead.",
      ),
    );
    expect(result.confidence).toBeLessThan(0.6);
  });

  it("says 'other' at about even odds when nothing speaks", () => {
    const result = classifyMessage(input("See you at the meetup on Thursday!"));
    expect(result.category).toBe("other");
    expect(result.confidence).toBeCloseTo(0.5, 1);
  });

  it("keeps confidence within [0, 1] and sets a reason only for rejections", () => {
    for (const [, body] of [...REJECTIONS, ...CATEGORIES]) {
      const result = classifyMessage(input(body));
      expect(result.confidence).toBeGreaterThanOrEqual(0);
      expect(result.confidence).toBeLessThanOrEqual(1);
      expect(result.reason === null).toBe(result.category !== "rejection");
    }
  });
});

describe("classifyMessage: language and size", () => {
  it.each([
    ["en", "Unfortunately we have decided to move forward with another candidate."],
    ["de", "Leider haben wir uns für eine andere Kandidatin entschieden."],
    ["fr", "Nous avons le regret de vous informer que votre candidature n'a pas été retenue."],
    ["es", "Lamentablemente, hemos seleccionado a otro candidato para el puesto."],
  ])("reports the body's language (%s)", (language, body) => {
    expect(classifyMessage(input(body)).language).toBe(language);
  });

  it("reads only the start of a huge message and still answers", () => {
    const body = `We regret to inform you that your application was unsuccessful.\n${"lorem ipsum dolor ".repeat(60_000)}`;
    const result = classifyMessage(input(body));
    expect(result.category).toBe("rejection");
  });

  it("survives text built to make patterns backtrack", () => {
    const body = `${"unfortunately ".repeat(2_000)}${"a".repeat(5_000)} ${"not ".repeat(2_000)}`;
    expect(() => classifyMessage(input(body))).not.toThrow();
  });
});

/** Whole messages as they arrive: greeting, several paragraphs, signature, footer. */
const WHOLE_MESSAGES: readonly [Category, RejectionReason | null, string][] = [
  [
    "feedback",
    null,
    `Hi Jordan,

Thanks for reaching out, and sorry it's taken me a week to reply.

Honestly, you were close. The thing that tipped it was the system design round: you designed a solid single-region service, but when we pushed on multi-region failover you didn't get to a concrete answer. The candidate we hired had run exactly that kind of migration.

On the positive side, your pairing session was excellent. You asked good questions, wrote tests first, and explained your trade-offs clearly.

If I were you I'd spend some time on distributed systems fundamentals, consensus and replication in particular.

Good luck, and keep in touch.
Marcus`,
  ],
  [
    "feedback",
    null,
    `Bonjour Jordan,

Merci pour votre message. Voici, comme promis, un retour sur votre entretien.

Vos points forts : une excellente maîtrise de React et une vraie sensibilité produit. Ce qui a fait la différence, c'est l'exercice d'architecture : nous attendions davantage de réflexion sur la gestion du cache et la scalabilité.

Je vous conseille de vous exercer sur des cas d'architecture back-end.

Bonne continuation,
Claire`,
  ],
  [
    "feedback",
    null,
    `Hola Jordan:

Gracias por escribir. Te comparto lo que comentó el equipo: tu prueba técnica fue de las mejores, muy limpia y bien documentada. Donde te faltó fue en la parte de liderazgo: buscábamos ejemplos concretos de cómo has gestionado conflictos en un equipo.

Te recomendaría preparar dos o tres historias con ese enfoque.

Un saludo,
Lucía`,
  ],
  [
    "referral_offer",
    null,
    `Hi Jordan,

Thanks for the kind note. I'm sorry we couldn't make it work this time.

I mentioned you to Priya Shah, who leads the data platform team at Northbeam; they're hiring a senior engineer and I think you'd be a great fit. I've copied her here so you two can connect directly.

All the best,
Tom`,
  ],
  [
    "referral_offer",
    null,
    `Hallo Jordan,

danke für Ihre nette Nachricht. Auch wenn es bei uns nicht geklappt hat: Eine gute Bekannte von mir leitet das Data-Team bei der Hanse Logistik und sucht gerade Verstärkung. Wenn Sie möchten, stelle ich gern den Kontakt her.

Viele Grüße
Anna`,
  ],
  [
    "referral_offer",
    null,
    `Hi Jordan, of course, I'd be happy to be a reference for you. Just send the recruiter my email. Good luck! Sarah`,
  ],
  [
    "keep_on_file",
    null,
    `Dear Jordan,

Thank you for your interest in the Product Manager position at Lumen Health and for the time you spent with our team.

After careful consideration, we have decided to move forward with another candidate for this role. However, we were very impressed with your background, and we would like to keep your details on file for future opportunities that may be a better match.

We wish you every success in your search.

Best regards,
The Lumen Health Talent Team`,
  ],
  [
    "keep_on_file",
    null,
    `Hallo Jordan,

vielen Dank für Ihre Bewerbung als Data Analyst. Leider haben wir uns für einen anderen Bewerber entschieden.

Ihr Profil hat uns dennoch sehr gefallen. Sind Sie damit einverstanden, dass wir Ihre Unterlagen für zwölf Monate in unserem Talentpool speichern? Dann können wir bei passenden Stellen direkt auf Sie zukommen.

Mit freundlichen Grüßen
Personalabteilung`,
  ],
  [
    "keep_on_file",
    null,
    `Hola Jordan,

Gracias por participar en el proceso. En esta ocasión hemos seleccionado a otra persona, pero nos gustaría conservar tu candidatura para futuras vacantes que encajen con tu perfil.

Un saludo,
Equipo de Talento`,
  ],
  [
    "offer",
    null,
    `Hi Jordan,

I'm really pleased to let you know that the team would like to offer you the Senior Backend Engineer role at Quayside!

We're proposing a base salary of £95,000, 25 days' holiday and a start date of 2 March. The formal offer letter will follow from our People team tomorrow.

Let me know if you'd like to talk anything through.

Cheers,
Dev`,
  ],
  [
    "offer",
    null,
    `Beste Jordan,

Goed nieuws: we willen je graag een aanbod doen voor de functie van Data Engineer bij Rietveld. In de bijlage vind je het contractvoorstel met de arbeidsvoorwaarden.

Met vriendelijke groet,
Sanne`,
  ],
  [
    "auto_reply",
    null,
    `Hello,

I am currently out of the office with no access to email, returning Tuesday 2 September. For urgent recruiting matters, please contact talent@example.com.

Kind regards,
Maya`,
  ],
  [
    "auto_reply",
    null,
    `Bonjour,

Je suis actuellement en congés, avec un accès limité à mes e-mails, jusqu'au 25 août inclus. Je vous répondrai dès mon retour.

Cordialement,
Élodie`,
  ],
  [
    "auto_reply",
    null,
    `Buongiorno, sono in ferie fino al 28 agosto. Per urgenze scrivere a hr@example.it. Grazie.`,
  ],
  [
    "interview_invite",
    null,
    `Hi Jordan,

Thanks for applying for the Platform Engineer role at Tidewater. We were impressed by your experience with Kubernetes and would love to set up a 30-minute intro call with our hiring manager, Felix.

Could you share your availability for next week? Alternatively, you can grab a slot directly here: https://cal.example.com/felix

Best,
Dana`,
  ],
  [
    "interview_invite",
    null,
    `Hallo Jordan,

vielen Dank für Ihre Bewerbung. Wir würden Sie gerne zu einem ersten Videogespräch mit unserem Teamlead einladen. Bitte teilen Sie uns mit, welche der folgenden Termine Ihnen passen: Dienstag 10 Uhr oder Mittwoch 15 Uhr.

Viele Grüße
Lena`,
  ],
  [
    "interview_invite",
    null,
    `Hi Jordan, quick one: unfortunately our CTO is travelling on Thursday, so we're not going ahead with Thursday's panel. Could we do Monday at 2pm instead? Sorry for the shuffle! Priya`,
  ],
  [
    "rejection",
    "other_candidate",
    `Dear Jordan,

Thank you for your application for the role of Senior Analyst at Greyfield Bank.

We have now had an opportunity to review your application against the criteria for the role. We received a high number of applications and, on this occasion, we have decided to proceed with candidates whose skills and experience more closely match our requirements.

We would like to thank you for your interest in Greyfield Bank and wish you every success in your future career.

Yours sincerely,
Recruitment Team`,
  ],
  [
    "rejection",
    "generic",
    `Hi Jordan,

Thank you for taking the time to interview with us for the Customer Success Manager position. We truly appreciate your interest in joining our team.

After careful consideration, we regret to inform you that we won't be moving forward with your application at this time. This was not an easy decision.

We encourage you to apply for future positions that match your skills and experience, and we wish you all the best in your job search.

Best regards,
Hiring Team

You received this email because you applied for a job on our careers site. Unsubscribe from these notifications.`,
  ],
  [
    "rejection",
    "not_a_fit_for_role",
    `Hi Jordan,

Thank you for applying for the Staff Machine Learning Engineer role. We reviewed your profile carefully.

This role requires significant experience deploying large language models in production, and while your background in classical ML is strong, it doesn't quite align with what the team needs right now. For that reason we won't be progressing your application.

Thanks again for your interest.

Regards,
Sam`,
  ],
  [
    "rejection",
    "on_hold",
    `Hi Jordan,

I wanted to give you an update. Due to recent changes in our funding, we've made the difficult decision to pause hiring for the Growth Marketing Manager role for the foreseeable future. This means we won't be able to continue the process with you right now.

I really enjoyed our conversations and I'm sorry to be sharing this news. If the role reopens, I'll reach out.

Best,
Nina`,
  ],
  [
    "rejection",
    "position_closed",
    `Hello Jordan,

Thanks again for your time with the team. I'm writing to let you know that, following an internal reorganisation, the Engineering Manager position has been eliminated and we will not be filling it.

This decision has nothing to do with your candidacy. We wish you all the best.

Regards,
HR`,
  ],
  [
    "rejection",
    "other_candidate",
    `Bonjour Jordan,

Nous vous remercions pour l'intérêt que vous portez à notre entreprise et pour le temps consacré à nos échanges.

Après étude attentive, nous avons retenu une candidature dont l'expérience correspond davantage aux besoins du poste. Nous ne pouvons donc pas donner une suite favorable à votre candidature.

Nous vous souhaitons pleine réussite dans vos recherches.

Cordialement,
Service RH`,
  ],
  [
    "rejection",
    "generic",
    `Guten Tag Jordan,

vielen Dank für Ihr Interesse an einer Tätigkeit bei der Stadtwerke Nord GmbH. Nach eingehender Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung nicht berücksichtigen konnten.

Ihre Unterlagen werden gemäß DSGVO nach sechs Monaten gelöscht.

Mit freundlichen Grüßen
Personalabteilung`,
  ],
  [
    "rejection",
    "other_candidate",
    `Beste Jordan,

Bedankt voor je sollicitatie en het prettige gesprek. Na zorgvuldige afweging hebben we besloten verder te gaan met een andere kandidaat, die net iets meer ervaring heeft met onze tooling.

We wensen je veel succes met je zoektocht.

Met vriendelijke groet,
Pieter`,
  ],
  [
    "rejection",
    "not_a_fit_for_role",
    `Olá Jordan,

Obrigado pelo interesse na vaga de Engenheiro de Dados. Após análise, concluímos que o seu perfil não corresponde neste momento aos requisitos da vaga, que exige experiência sólida com Spark.

Desejamos-lhe muito sucesso.

Atenciosamente,
Equipa de Recrutamento`,
  ],
  [
    "other",
    null,
    `Hi Jordan,

Thank you for submitting your application for the Data Scientist role at Cobalt. We're excited that you're interested in joining us!

Our recruiting team is reviewing applications and will reach out if your qualifications match the role. In the meantime, feel free to check out our blog.

Best,
Cobalt Recruiting`,
  ],
  [
    "other",
    null,
    `Hi Jordan,

Hope you're well! I'm a recruiter at Harbor Talent and I'm working with a Series B climate-tech startup that is hiring a Lead Data Engineer. Based on your background I think it could be a great match. Would you be interested in hearing more? Happy to share details over a quick call.

Best,
Chris`,
  ],
  [
    "other",
    null,
    `Jobs you might be interested in: Senior Data Engineer at Lumiwave, Analytics Engineer at Parcelbird. See more jobs. You are receiving job alert emails. Unsubscribe.`,
  ],
  [
    "other",
    null,
    `Hi Jordan, just confirming I got your message and will share it with the hiring manager. Have a good weekend! Dana`,
  ],
];

describe("classifyMessage: whole messages", () => {
  const cases = WHOLE_MESSAGES.map(([category, reason, body]) => ({
    category,
    reason,
    body,
    opening: body.slice(0, 70).replace(/\s+/g, " "),
  }));
  it.each(cases)("reads $category ($reason): $opening", ({ category, reason, body }) => {
    const result = classifyMessage(input(body));
    expect(result.category).toBe(category);
    expect(result.reason).toBe(reason);
  });
});

/** Every category again in Dutch, Italian and Portuguese as well as the big four. */
const ACROSS_LANGUAGES: readonly [Category, RejectionReason | null, string][] = [
  [
    "feedback",
    null,
    "Beste Jordan, je vroeg om feedback, dus hier een paar punten. Je technische kennis was sterk, maar in de casus misten we een duidelijke structuur. Mijn advies: oefen met het hardop uitwerken van een ontwerp.",
  ],
  [
    "feedback",
    null,
    "Ciao Jordan, mi hai chiesto un feedback: il colloquio tecnico è andato bene, ma ci è mancata un po' di profondità sull'architettura. Ti consiglio di approfondire i sistemi distribuiti.",
  ],
  [
    "feedback",
    null,
    "Olá Jordan, como pediu, aqui vai o feedback: a sua apresentação foi muito boa, mas faltou profundidade na parte de SQL. Recomendo praticar modelagem de dados.",
  ],
  [
    "feedback",
    null,
    "Hi Jordan, sure, happy to share a few notes from the panel. Strengths: your product sense and the clarity of your writing. Where it fell short: the analytics exercise, where you didn't segment the data before drawing conclusions. I'd suggest practising a couple of take-home analytics cases.",
  ],
  [
    "feedback",
    null,
    "Hallo Jordan, gerne gebe ich Ihnen eine Rückmeldung zu Ihrem Interview: Ihre Präsentation war sehr gut strukturiert. Gefehlt hat uns allerdings Erfahrung mit Kubernetes im Produktivbetrieb, die für die Rolle entscheidend ist.",
  ],
  [
    "referral_offer",
    null,
    "Ciao Jordan, mi dispiace che non sia andata. Se vuoi posso metterti in contatto con un mio ex collega che sta assumendo a Milano.",
  ],
  [
    "referral_offer",
    null,
    "Hoi Jordan, jammer dat het niet gelukt is. Ik wil je graag voorstellen aan een oud-collega bij Bol die nog developers zoekt.",
  ],
  [
    "referral_offer",
    null,
    "Olá Jordan, posso indicar você para uma vaga na empresa de um amigo, se quiser.",
  ],
  [
    "referral_offer",
    null,
    "Hi Jordan, I'd be glad to write you a LinkedIn recommendation, and feel free to list me as a referee.",
  ],
  [
    "referral_offer",
    null,
    "Bonjour Jordan, si cela peut vous aider, je peux vous recommander auprès de mon ancien manager chez Qonto.",
  ],
  [
    "keep_on_file",
    null,
    "Beste Jordan, helaas hebben we gekozen voor een andere kandidaat. Wel willen we je graag in ons talentbestand opnemen voor toekomstige vacatures.",
  ],
  [
    "keep_on_file",
    null,
    "Gentile Jordan, purtroppo abbiamo selezionato un altro profilo. Conserveremo comunque il suo curriculum nel nostro database per future opportunità.",
  ],
  [
    "keep_on_file",
    null,
    "Hi Jordan, the role went to an internal candidate, but I'd love to keep in touch and reach out when our next data role opens in Q2. I'll keep your CV on file until then.",
  ],
  [
    "keep_on_file",
    null,
    "Hola Jordan, aunque el puesto ya está cubierto, nos gustaría mantener tu perfil en nuestra bolsa de talento y contactarte si surge algo adecuado.",
  ],
  [
    "keep_on_file",
    null,
    "Olá Jordan, infelizmente não avançaremos agora, mas guardaremos o seu currículo para futuras vagas.",
  ],
  [
    "offer",
    null,
    "Hallo Jordan, wir freuen uns sehr, Ihnen ein Angebot für die Position als Data Engineer machen zu können. Den Vertragsentwurf finden Sie im Anhang.",
  ],
  [
    "offer",
    null,
    "Bonjour Jordan, bonne nouvelle : nous sommes ravis de vous faire une proposition pour le poste de Product Manager.",
  ],
  [
    "offer",
    null,
    "Hi Jordan, great news, the panel loved you and we'd like to make you an offer! I'll call you this afternoon to walk through the details.",
  ],
  [
    "interview_invite",
    null,
    "Beste Jordan, bedankt voor je sollicitatie. We nodigen je graag uit voor een eerste kennismakingsgesprek. Schikt dinsdag om 14:00?",
  ],
  [
    "interview_invite",
    null,
    "Gentile Jordan, la ringraziamo per la candidatura. Vorremmo fissare un primo colloquio conoscitivo: quali sono le sue disponibilità la prossima settimana?",
  ],
  [
    "interview_invite",
    null,
    "Hi Jordan, you've made it through to the final stage! We'd love you to come in and meet the founders next week.",
  ],
  [
    "interview_invite",
    null,
    "Bonjour Jordan, suite à votre candidature, je vous propose un premier échange téléphonique de 30 minutes. Seriez-vous disponible jeudi à 10h ?",
  ],
  [
    "interview_invite",
    null,
    "Hola Jordan, hemos revisado tu CV y nos encantaría que pasaras a la siguiente fase: una entrevista técnica con el equipo.",
  ],
  [
    "auto_reply",
    null,
    "Thank you for your email. I am on annual leave until 14 July and will respond on my return. For urgent matters please contact hr@example.com.",
  ],
  [
    "auto_reply",
    null,
    "Hallo, vielen Dank für Ihre E-Mail. Ich bin derzeit im Urlaub und ab dem 5. August wieder erreichbar.",
  ],
  ["auto_reply", null, "Olá, estou de férias até 20 de agosto. Responderei assim que regressar."],
  [
    "auto_reply",
    null,
    "Hi, I'm on parental leave and will be back in March. Your message won't be forwarded; please write to talent@example.com instead.",
  ],
  [
    "rejection",
    "other_candidate",
    "Ciao Jordan, grazie per il tempo dedicato ai colloqui. Purtroppo abbiamo deciso di proseguire con un candidato con maggiore esperienza nel settore bancario.",
  ],
  [
    "rejection",
    "generic",
    "Hi Jordan, thanks for applying. We've reviewed your application and decided not to progress it further. Best of luck with your search.",
  ],
  [
    "rejection",
    "generic",
    "Dear Jordan, thank you for your recent application. Following careful consideration, I am sorry to advise that you have not been shortlisted for interview.",
  ],
  [
    "rejection",
    "on_hold",
    "Hi Jordan, bad news I'm afraid: leadership has frozen all hiring for the next two quarters, so we can't proceed with the Analytics Lead role.",
  ],
  [
    "rejection",
    "position_closed",
    "Hi Jordan, just a heads-up that we've decided not to go ahead with the role at all this year, so we're closing the process.",
  ],
  [
    "rejection",
    "not_a_fit_for_role",
    "Hi Jordan, thanks for the conversation. We realised we need someone with deep iOS experience for this position, which isn't your core strength, so we won't move forward.",
  ],
  [
    "rejection",
    "other_candidate",
    "Hola Jordan, gracias por tu tiempo. Finalmente nos hemos decantado por otro perfil con más experiencia en banca.",
  ],
  [
    "rejection",
    "position_closed",
    "Hallo Jordan, leider wurde die Stelle aus budgetären Gründen gestrichen, daher können wir den Prozess nicht fortsetzen.",
  ],
  [
    "rejection",
    "on_hold",
    "Bonjour Jordan, le recrutement est gelé jusqu'à nouvel ordre en raison de contraintes budgétaires. Nous ne pouvons donc pas poursuivre.",
  ],
  [
    "rejection",
    "generic",
    "Beste Jordan, helaas moeten we je laten weten dat je niet door bent naar de volgende ronde.",
  ],
  [
    "rejection",
    "generic",
    "Olá Jordan, agradecemos a sua candidatura, mas infelizmente não foi selecionado para a próxima fase.",
  ],
  [
    "other",
    null,
    "Hi Jordan, thanks for your application to Acme! Please complete your candidate profile so we can review it.",
  ],
  [
    "other",
    null,
    "Hallo Jordan, vielen Dank für Ihre Nachricht. Ich habe sie an die zuständige Kollegin weitergeleitet.",
  ],
];

describe("classifyMessage: across languages", () => {
  it.each(ACROSS_LANGUAGES)("reads %s (%s): %s", (category, reason, body) => {
    const result = classifyMessage(input(body));
    expect(result.category).toBe(category);
    expect(result.reason).toBe(reason);
  });
});

/** Replies and forwards in the languages the rules used to miss, and the reasons they used to lose. */
const GAPS: readonly [Category, RejectionReason | null, string][] = [
  [
    "rejection",
    "not_a_fit_for_role",
    "Olá Jordan, obrigado pelas conversas. Depois de avaliarmos com a equipa, percebemos que ainda não tem a experiência necessária com pagamentos que a função exige, por isso não vamos avançar com a sua candidatura.",
  ],
  [
    "rejection",
    "not_a_fit_for_role",
    "Oi Jordan, tudo bem? Agradecemos muito seu interesse, mas no momento seu perfil não é o que buscamos para essa vaga, que pede vivência sólida com times de dados. Desejamos sucesso!",
  ],
  [
    "rejection",
    "not_a_fit_for_role",
    "Prezado Jordan, após análise, concluímos que a sua experiência não está alinhada com os requisitos da posição de Engenheiro de Dados. Agradecemos o seu tempo.",
  ],
  [
    "rejection",
    "not_a_fit_for_role",
    "Oi Jordan, infelizmente a vaga exige pelo menos cinco anos de experiência com Kotlin em produção, e você ainda não tem esse histórico.",
  ],
  [
    "rejection",
    "not_a_fit_for_role",
    "Bonjour Jordan, merci pour nos échanges. Malheureusement, votre profil ne correspond pas tout à fait à ce que nous recherchons pour ce poste, qui demande une solide expérience du management.",
  ],
  [
    "rejection",
    "not_a_fit_for_role",
    "Bonjour Jordan, après réflexion, nous pensons que ce poste n'est pas le bon pour vous : il nécessite une expérience approfondie en cybersécurité que vous n'avez pas encore.",
  ],
  [
    "rejection",
    "not_a_fit_for_role",
    "Hola Jordan, gracias por tu tiempo. Buscamos a alguien con más experiencia en liderazgo de equipos, así que no vamos a seguir adelante con tu candidatura.",
  ],
  [
    "rejection",
    "not_a_fit_for_role",
    "Hola Jordan, tras revisar tu candidatura, vemos que te falta la experiencia en entornos cloud que requiere el puesto, por lo que no continuaremos con el proceso.",
  ],
  [
    "rejection",
    "not_a_fit_for_role",
    "Ciao Jordan, grazie per il colloquio. Purtroppo per questa posizione cerchiamo una persona con più esperienza in ambito mobile, quindi non proseguiremo con la tua candidatura.",
  ],
  [
    "rejection",
    "not_a_fit_for_role",
    "Gentile Jordan, dopo un'attenta valutazione riteniamo che il suo profilo non sia adatto al ruolo, che richiede una forte esperienza nella gestione di team.",
  ],
  [
    "rejection",
    "not_a_fit_for_role",
    "Beste Jordan, bedankt voor je tijd. Helaas past je ervaring niet goed bij wat deze rol vraagt: we zoeken iemand met jaren ervaring in embedded software.",
  ],
  [
    "rejection",
    "not_a_fit_for_role",
    "Thank you for applying for the Developer Advocate position. This role needs an established track record of public speaking and community building, which we did not see in your application, so we will not be moving forward.",
  ],
  [
    "rejection",
    "not_a_fit_for_role",
    "Hi Jordan, thanks for your interest. The role calls for a proven history of conference talks and community work, and we don't think your background is the right match at this point, so we won't be progressing your application.",
  ],
  [
    "rejection",
    "other_candidate",
    "Hi Jordan, it was a really close call between you and the other finalist, and in the end the team picked them because of their payments background. I'm sorry.",
  ],
  [
    "rejection",
    "other_candidate",
    "Hi Jordan, we narrowed it down to two finalists and, after a lot of debate, the offer went to the other finalist. Thank you for all the time you put in.",
  ],
  [
    "rejection",
    "other_candidate",
    "Olá Jordan, ficámos com dois finalistas e acabámos por escolher o outro finalista, que tinha mais experiência em retalho. Obrigado por tudo.",
  ],
  [
    "rejection",
    "other_candidate",
    "Bonjour Jordan, la décision a été difficile, mais nous avons finalement retenu l'autre finaliste. Merci encore pour votre temps.",
  ],
  [
    "rejection",
    "other_candidate",
    "Hola Jordan, la decisión estuvo muy reñida, pero finalmente nos quedamos con el otro finalista. Gracias por todo.",
  ],
  [
    "rejection",
    "position_closed",
    "Hi Jordan, after re-planning our roadmap for next year, leadership decided the role is no longer needed, so we're closing it without making a hire.",
  ],
  [
    "rejection",
    "position_closed",
    "Hi Jordan, a quick update: following this quarter's planning, we will no longer be filling the Senior SRE position. I'm sorry for the wasted effort.",
  ],
  [
    "rejection",
    "position_closed",
    "Hi Jordan, after our headcount replanning the position won't be filled this year, so I have to close your application.",
  ],
  [
    "rejection",
    "position_closed",
    "Bonjour Jordan, suite à une réorganisation de l'équipe, le poste a finalement été supprimé et nous arrêtons le recrutement.",
  ],
  [
    "rejection",
    "position_closed",
    "Hola Jordan, tras replantear los presupuestos, hemos decidido no cubrir finalmente la posición, así que cerramos el proceso.",
  ],
  [
    "rejection",
    "position_closed",
    "Ciao Jordan, dopo una nuova pianificazione dei budget la posizione non verrà più aperta, quindi chiudiamo la selezione.",
  ],
  [
    "rejection",
    "position_closed",
    "Olá Jordan, após o replanejamento do próximo ano, a vaga foi cancelada e encerramos o processo seletivo.",
  ],
  [
    "keep_on_file",
    null,
    "Olá Jordan, desta vez não conseguimos avançar, mas vamos manter o seu currículo no nosso banco de talentos para futuras oportunidades.",
  ],
  [
    "keep_on_file",
    null,
    "Oi Jordan, não seguiremos com sua candidatura agora, mas seu perfil ficará salvo em nossa base e entraremos em contato se surgir uma vaga compatível.",
  ],
  [
    "keep_on_file",
    null,
    "Hola Jordan, aunque en esta ocasión no hemos podido avanzar, incorporaremos tu CV a nuestra base de talento para futuras vacantes.",
  ],
  [
    "keep_on_file",
    null,
    "Hola Jordan, nos ha gustado mucho tu perfil. Aunque esta vez no ha podido ser, lo guardamos en nuestra base de talento y te escribiremos si se abre algo que encaje.",
  ],
  [
    "keep_on_file",
    null,
    "Hola Jordan, no seguiremos adelante ahora, pero tu candidatura quedará en nuestra cantera de talento y contaremos contigo para próximos procesos.",
  ],
  [
    "keep_on_file",
    null,
    "Ciao Jordan, purtroppo non andremo avanti, ma terremo il tuo profilo nel nostro database e ti ricontatteremo per posizioni future in linea con la tua esperienza.",
  ],
  [
    "keep_on_file",
    null,
    "Gentile Jordan, la sua candidatura resterà nel nostro archivio e la contatteremo qualora si aprissero nuove posizioni adatte al suo profilo.",
  ],
  [
    "keep_on_file",
    null,
    "Bonjour Jordan, nous ne donnerons pas suite cette fois-ci, mais nous gardons votre profil en tête et reviendrons vers vous dès qu'un poste similaire s'ouvrira.",
  ],
  [
    "keep_on_file",
    null,
    "Bonjour Jordan, avec votre accord, nous conservons votre CV dans notre base pour vous recontacter lors de prochains recrutements.",
  ],
  [
    "keep_on_file",
    null,
    "Beste Jordan, helaas gaan we niet verder, maar we bewaren je gegevens graag en nemen contact op zodra er een passende vacature vrijkomt.",
  ],
  [
    "interview_invite",
    null,
    "Hola Jordan, tu perfil nos ha encajado y queremos proponerte una entrevista técnica con dos personas del equipo. ¿Qué día de la semana que viene te va mejor?",
  ],
  [
    "interview_invite",
    null,
    "Hola Jordan, el siguiente paso sería una entrevista técnica de una hora con nuestro CTO. ¿Tendrías disponibilidad el jueves o el viernes por la mañana?",
  ],
  [
    "interview_invite",
    null,
    "Buenas Jordan, nos gustaría agendar una entrevista técnica contigo. Te dejo el enlace para que elijas el hueco que mejor te venga.",
  ],
  [
    "interview_invite",
    null,
    "Ciao Jordan, il tuo profilo ci è piaciuto e vorremmo proporti un colloquio tecnico con il team. Quando saresti disponibile?",
  ],
  [
    "interview_invite",
    null,
    "Olá Jordan, gostaríamos de marcar uma entrevista técnica com a equipa. Tem disponibilidade na próxima terça ou quarta?",
  ],
  [
    "interview_invite",
    null,
    "Beste Jordan, we willen graag een technisch gesprek met je plannen. Zou maandag of dinsdag je uitkomen?",
  ],
  [
    "referral_offer",
    null,
    "Ciao Jordan, ti presento Giulia Conti (in copia), responsabile del team dati: potrebbe fare una segnalazione interna per la posizione aperta da loro.",
  ],
  [
    "referral_offer",
    null,
    "Ciao Jordan, metto in copia il mio collega Marco Ferri: mi ha detto che è disponibile a segnalarti internamente per il ruolo di backend.",
  ],
  [
    "referral_offer",
    null,
    "Ciao Jordan, ho parlato di te alla mia collega Sara, che lavora in Fintechly: se ti va, può segnalare il tuo nome al loro recruiter.",
  ],
  [
    "referral_offer",
    null,
    "Hola Jordan, te presento a Laura Gómez (en copia), que lleva el equipo de plataforma y está dispuesta a referirte internamente.",
  ],
  [
    "referral_offer",
    null,
    "Hola Jordan, si quieres puedo recomendarte internamente para la vacante de datos; solo mándame tu CV actualizado.",
  ],
  [
    "referral_offer",
    null,
    "Olá Jordan, apresento-lhe o Rui Matos, em cópia, que gere a equipa de produto e pode fazer uma indicação interna para a vaga.",
  ],
  [
    "referral_offer",
    null,
    "Bonjour Jordan, je vous mets en copie avec Claire Dubois, qui recrute dans son équipe et peut vous coopter en interne.",
  ],
  [
    "referral_offer",
    null,
    "Hoi Jordan, ik zet mijn collega Pieter in de cc: hij kan je intern aandragen voor de vacature bij zijn team.",
  ],
  [
    "feedback",
    null,
    "Bonjour Jordan, voici quelques pistes d'amélioration suite à votre entretien : approfondir la conception d'API, structurer davantage vos réponses et préparer des exemples chiffrés.",
  ],
  [
    "feedback",
    null,
    "Bonjour Jordan, pour répondre à votre demande : votre test technique était propre, mais il vous a manqué de la rigueur sur les tests. Je vous conseille de travailler la partie architecture.",
  ],
  [
    "feedback",
    null,
    "Hola Jordan, te dejo algunos puntos de mejora tras la entrevista: profundizar en el diseño de sistemas y concretar más los ejemplos. Tu prueba técnica estuvo muy bien.",
  ],
  [
    "feedback",
    null,
    "Ciao Jordan, ecco qualche spunto su cosa migliorare: nella prova tecnica sei andato bene, ma dovresti approfondire i test automatici e la comunicazione delle scelte.",
  ],
  [
    "feedback",
    null,
    "Olá Jordan, deixo alguns pontos de melhoria: a sua prova técnica foi boa, mas sugiro aprofundar arquitetura de sistemas e trazer exemplos mais concretos.",
  ],
  [
    "feedback",
    null,
    "Hoi Jordan, een paar verbeterpunten na je gesprek: je codeeropdracht was sterk, maar ik raad je aan meer te oefenen met systeemontwerp.",
  ],
  [
    "feedback",
    null,
    "Bonjour Jordan, merci pour votre message. Comme vous le savez, nous n'avons malheureusement pas retenu votre candidature, mais voici ce que l'équipe a relevé. Votre exercice de code était propre et bien testé. En revanche, lors de l'entretien système, vos réponses manquaient de structure et vous n'avez pas abordé la montée en charge. Je vous conseille de vous entraîner sur des études de cas d'architecture.",
  ],
  [
    "feedback",
    null,
    "Bonjour Jordan, je reviens vers vous avec quelques points à améliorer, comme promis. Sur la partie technique, vous avez montré de bonnes bases, mais il vous a manqué du recul sur les compromis. Travaillez aussi la présentation de vos projets passés.",
  ],
  [
    "feedback",
    null,
    "Hola Jordan, aunque no hemos seguido adelante, quería compartir contigo algunas áreas de mejora: en la prueba técnica te faltó profundidad en concurrencia y, en la entrevista, tus ejemplos fueron algo generales. Te recomiendo practicar diseño de sistemas.",
  ],
  [
    "feedback",
    null,
    "Gentile Jordan, come promesso ecco alcuni suggerimenti di miglioramento: il colloquio tecnico è andato bene, ma dovresti approfondire la parte di sicurezza. Ti consiglio anche di preparare esempi più concreti.",
  ],
  [
    "rejection",
    "other_candidate",
    "Dear Jordan, thank you for your time over the last few weeks. You were one of two finalists, and after much deliberation we extended the offer to the other finalist. We appreciate your interest.",
  ],
  [
    "rejection",
    "other_candidate",
    "Hi Jordan, I'm sorry to share that we went with the other finalist for the Product Designer role. It was a very close decision.",
  ],
  [
    "rejection",
    "position_closed",
    "Hi Jordan, I wanted to give you an update on the Analytics Engineer role. Following our annual planning, the role is no longer being filled and we've closed the requisition.",
  ],
  [
    "rejection",
    "position_closed",
    "Hi Jordan, after re-planning our priorities for the second half of the year, we've decided to close the role rather than fill it, so the process ends here.",
  ],
  [
    "rejection",
    "position_closed",
    "Hi Jordan, the team went through another round of planning and the headcount for this position was not approved, so we're cancelling the search.",
  ],
  [
    "rejection",
    "not_a_fit_for_role",
    "Thank you for your interest in the Community Manager role. After reviewing your application, we found that the role requires significant experience speaking at public events and leading developer communities, which is not reflected in your profile.",
  ],
  [
    "rejection",
    "not_a_fit_for_role",
    "Bonjour Jordan, merci pour votre candidature. Votre parcours est intéressant, mais il ne correspond pas au profil recherché pour ce poste. Nous vous souhaitons bonne continuation.",
  ],
  [
    "rejection",
    "not_a_fit_for_role",
    "Olá Jordan, obrigado pela candidatura. Neste momento precisamos de alguém com experiência comprovada em liderança técnica, algo que ainda não está presente no seu perfil, por isso não vamos seguir com o processo.",
  ],
  [
    "keep_on_file",
    null,
    "Hola Jordan, en esta ocasión no vamos a continuar con tu candidatura, pero con tu permiso la incluiremos en nuestra base de talento para tenerte en cuenta en futuras vacantes.",
  ],
  [
    "keep_on_file",
    null,
    "Olá Jordan, infelizmente não seguiremos com sua candidatura neste processo, mas seu currículo ficará em nosso banco de talentos e poderemos te procurar quando surgir uma nova oportunidade.",
  ],
  [
    "keep_on_file",
    null,
    "Bonjour Jordan, nous ne pouvons pas donner suite, mais nous intégrons votre profil à notre vivier de talents pour de futures opportunités.",
  ],
  [
    "keep_on_file",
    null,
    "Ciao Jordan, non possiamo procedere ora, ma inseriremo il tuo curriculum nel nostro database per future opportunità.",
  ],
  [
    "interview_invite",
    null,
    "Hola Jordan, gracias por tu candidatura. Queremos invitarte a una entrevista técnica por videollamada con el equipo de backend. ¿Te vendría bien el martes a las 11:00?",
  ],
  [
    "interview_invite",
    null,
    "Hola Jordan, nos encantaría programar una entrevista técnica contigo la semana que viene. Dime qué días tienes disponibilidad.",
  ],
  [
    "interview_invite",
    null,
    "Olá Jordan, o próximo passo seria uma entrevista técnica com o nosso tech lead. Qual a sua disponibilidade para a próxima semana?",
  ],
  [
    "referral_offer",
    null,
    "Ciao Jordan, ti metto in copia Luca Bianchi (luca.bianchi@example.it), che lavora nel team piattaforma: si è offerto di fare una segnalazione interna per te.",
  ],
  [
    "referral_offer",
    null,
    "Hola Jordan, te pongo en copia a Marta Ruiz, de nuestro equipo de datos; ella puede referirte internamente para la vacante de analista.",
  ],
  [
    "rejection",
    "generic",
    "Hola Jordan, gracias por tu tiempo durante la entrevista técnica. Lamentablemente no vamos a continuar con tu candidatura.",
  ],
  [
    "rejection",
    "generic",
    "Ciao Jordan, grazie per aver partecipato al colloquio tecnico. Purtroppo non proseguiremo con la tua candidatura.",
  ],
  [
    "rejection",
    "generic",
    "Hi Jordan, thank you for your time. We won't be proceeding with the application for this role. We wish you the best.",
  ],
  [
    "other",
    null,
    "Hola Jordan, te presento a nuestro equipo: mañana recibirás la agenda del día de bienvenida.",
  ],
  [
    "other",
    null,
    "Ciao Jordan, ti metto in copia la collega dell'amministrazione per i documenti del rimborso spese.",
  ],
];

describe("classifyMessage: gaps in replies and forwards", () => {
  it.each(GAPS)("reads %s (%s): %s", (category, reason, body) => {
    const result = classifyMessage(input(body));
    expect(result.category).toBe(category);
    expect(result.reason).toBe(reason);
  });
});

describe("wordStartKeys", () => {
  it.each([
    [String.raw`\b(offer letter|formal offer)\b`, { words: ["offer", "formal"], beginnings: [] }],
    [String.raw`\breschedul`, { words: [], beginnings: ["res"] }],
    [String.raw`\b(not|won't) be (moving|going)`, { words: ["not", "won"], beginnings: [] }],
    [String.raw`\b(en conges?|a mon retour)`, { words: ["en", "a"], beginnings: [] }],
    [String.raw`\b(no|ne)\b.{0,20}\bsuite`, { words: ["no", "ne"], beginnings: [] }],
    [String.raw`\bmeet (?<=[a-z], meet )[a-z]+\b`, { words: ["meet"], beginnings: [] }],
  ])("keys %s", (source, keys) => {
    expect(wordStartKeys(source)).toEqual(keys);
  });

  it.each([
    String.raw`\b\d+ new jobs`,
    String.raw`\b(the )?feedback`,
    "(offer|letter)",
    String.raw`\b(an?|my) offer`,
    String.raw`\b[a-z]+, meet`,
  ])("gives up on %s, which it cannot read", (source) => {
    expect(wordStartKeys(source)).toBeNull();
  });

  it("never rules out a place where a pattern of the tables matches", () => {
    const bodies = [
      ...REJECTIONS,
      ...CATEGORIES,
      ...MORE_REJECTIONS,
      ...MORE_CATEGORIES,
      ...HARD_CASES.map(([, , , body]) => [null, body] as const),
      ...WHOLE_MESSAGES.map(([, , body]) => [null, body] as const),
      ...ACROSS_LANGUAGES.map(([, , body]) => [null, body] as const),
      ...GAPS.map(([, , body]) => [null, body] as const),
    ].map(([, body]) => ` ${foldText(body).replace(/\s+/g, " ")} `);
    const tables = [...Object.values(SIGNAL_PATTERNS), ...REASON_PATTERNS.map(([, t]) => t)];
    let checked = 0;
    for (const { pattern } of tables.flatMap((table) => Object.values(table).flat())) {
      const keys = wordStartKeys(pattern.source);
      if (keys === null) continue;
      for (const text of bodies) {
        const match = pattern.exec(text);
        if (match === null) continue;
        const word = /^\w+/.exec(text.slice(match.index))?.[0] ?? "";
        const keyed = keys.words.includes(word) || keys.beginnings.includes(word.slice(0, 3));
        expect(keyed, `${pattern.source} at "${match[0]}"`).toBe(true);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(500);
  });
});
