import { words } from "./text.ts";

/**
 * Words that close the name of a programme, an event, a function or a team and never a
 * person's ("Future Leaders Program", "Grace Hopper Fellowship", "Customer Success", "Site
 * Reliability", "Offensive Security", "Summer Internship"). Words that are also common
 * surnames ("Hall", "Park", "House") are left out: a name may end in them.
 */
export const THING_WORDS = words(
  "program|programs|programme|programmes|programm|programma|programa|internship|internships|" +
    "fellowship|fellowships|scholarship|scholarships|apprenticeship|apprenticeships|" +
    "traineeship|praktikum|stage|stages|leaders|leadership|success|security|operations|ops|" +
    "reliability|infrastructure|intelligence|learning|threat|threats|insights|experience|" +
    "summit|conference|conferences|award|awards|hackathon|bootcamp|cohort|pathway|pathways|" +
    "festival|webinar|webinars|meetup|forum|initiative|graduates|trainees|partnerships|" +
    "strategy|compliance|enablement|growth|development|procurement|payroll|benefits|" +
    "relations|communications|facilities|accounting|treasury|assurance|squad|guild|tribe|" +
    "newsletter|digest|update|updates|alert|alerts|portal|onboarding|scheduling|assistant|" +
    "recruitment|admissions|internships|sicherheit|betrieb|sécurité|seguridad|sicurezza|beveiliging",
);
