import { remembered } from "../remembered.ts";
import { isAtsDomain } from "../robot-address.ts";
import { words } from "./text.ts";
import { PLATFORM_NAMES } from "./word-lists.ts";

/** Personal-mail domains: the sender's domain says nothing about the employer. */
const WEBMAIL_DOMAINS = words(
  "gmail.com|googlemail.com|outlook.com|hotmail.com|hotmail.co.uk|hotmail.fr|hotmail.de|hotmail.es|" +
    "hotmail.it|live.com|live.fr|live.de|msn.com|yahoo.com|yahoo.co.uk|yahoo.fr|yahoo.de|yahoo.es|" +
    "yahoo.it|ymail.com|icloud.com|me.com|mac.com|aol.com|proton.me|protonmail.com|pm.me|gmx.de|" +
    "gmx.net|gmx.com|gmx.at|gmx.ch|web.de|t-online.de|freenet.de|orange.fr|wanadoo.fr|free.fr|" +
    "laposte.net|sfr.fr|yandex.com|yandex.ru|mail.ru|zoho.com|fastmail.com|hey.com|qq.com|163.com|" +
    "libero.it|virgilio.it|telefonica.net|tutanota.com|posteo.de|mailbox.org|outlook.de|outlook.fr|" +
    "outlook.es|ziggo.nl|kpnmail.nl|hetnet.nl|planet.nl|bluewin.ch|seznam.cz|wp.pl|onet.pl|o2.pl",
);

/** Whether a domain is a personal-mail provider's ("gmail.com", "web.de"). */
export function isWebmailDomain(domain: string): boolean {
  return WEBMAIL_DOMAINS.has(domain.toLowerCase());
}

/** Labels that are never the employer's name in a domain. */
const DOMAIN_NOISE_LABELS = words(
  "www|mail|email|e|m|mg|em|send|smtp|mx|news|info|jobs|careers|career|hr|talent|recruiting|apply|" +
    "noreply|no-reply|donotreply|do-not-reply|notifications|notification|mailer|bounces|bounce|" +
    "hire|example|test|invalid|localhost|co|com|org|net|ac|gov|edu|us|eu|uk|de|fr|es|it|nl|pl",
);

/** Top-level domains that read like words ("mandacaru.tech", "kiwi.systems"): the name is before them. */
const GENERIC_TLD_LABELS = words(
  "tech|io|ai|app|dev|cloud|digital|systems|solutions|group|agency|studio|works|health|finance|" +
    "jobs|careers|software|consulting|partners|ventures|capital|energy|law|legal|bank|media|design",
);

/** "bluepeak.io" -> "Bluepeak", "northwind-robotics.com" -> "Northwind Robotics"; null for mail providers. */
export function companyFromDomain(domain: string | null): string | null {
  if (!domain) return null;
  return companyFromDomainOnce(domain);
}

/** Remembered: the company and people readers ask about the sender's domain several times. */
const companyFromDomainOnce = remembered((domain: string): string | null => {
  const d = domain.toLowerCase();
  if (WEBMAIL_DOMAINS.has(d) || isAtsDomain(d)) return null;
  const labels = d.split(".");
  labels.pop(); // the top-level domain
  while (
    labels.length > 1 &&
    (DOMAIN_NOISE_LABELS.has(labels[labels.length - 1] ?? "") ||
      GENERIC_TLD_LABELS.has(labels[labels.length - 1] ?? ""))
  )
    labels.pop();
  if (labels.length === 1 && DOMAIN_NOISE_LABELS.has(labels[0] ?? "")) labels.pop();
  const label = labels[labels.length - 1];
  if (!label || label.length < 2 || /^\d+$/.test(label)) return null;
  // "usajobs.example.gov": a job board's own domain names no employer.
  if (PLATFORM_NAMES.has(label.replace(/-/g, ""))) return null;
  return splitTrailingWord(label)
    .split("-")
    .filter((w) => w !== "")
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(" ");
});

/** Words a firm's name ends with, which a domain runs into the name ("ironsidecloud"). */
const TRAILING_NAME_WORD =
  /^([a-z]{4,})(cloud|forge|labs|works|systems|robotics|analytics|logistics|software|health|energy|capital|partners|ventures|foods|studios?|digital|solutions|insurance|security|bank|bio|pharma|therapeutics|medical|financial|holdings|group|media|games|coffee|dental|networks|aerospace|engineering|consulting)$/;

/** "ironsidecloud" -> "ironside-cloud": a name and the word that ends it, as the firm writes them. */
function splitTrailingWord(label: string): string {
  if (label.includes("-")) return label;
  const m = TRAILING_NAME_WORD.exec(label);
  return m?.[1] && m[2] ? `${m[1]}-${m[2]}` : label;
}
