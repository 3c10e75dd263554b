import { describe, expect, it } from "vitest";
import type { Category, RejectionReason } from "../../schemas/understanding.ts";
import { type ClassifyInput, classifyMessage } from "../../src/understand/classify.ts";

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
