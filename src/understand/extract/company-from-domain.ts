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
    "outlook.es|ziggo.nl|kpnmail.nl|hetnet.nl|planet.nl|bluewin.ch|seznam.cz|wp.pl|onet.pl|o2.pl|" +
    "email.it|alice.it|tin.it|iol.pt|clix.pt|terra.es|" +
    "terra.com.br|uol.com.br|bol.com.br|ig.com.br|sky.com|virginmedia.com|talktalk.net|" +
    "ntlworld.com|blueyonder.co.uk|arcor.de|vodafone.de|online.de|interia.pl|skynet.be|home.nl|" +
    "xs4all.nl|upcmail.nl|sunrise.ch|neuf.fr|bbox.fr|att.net|verizon.net|cox.net|charter.net",
);

/**
 * Personal-mail providers whose name no firm's domain has: a domain named for one is a
 * personal mailbox whatever it ends with ("posteo.example", "gmx.at", "mail.yahoo.co.uk"). (Short
 * or common words, "web", "free", "live", "me", are read in their providers' own domains only.)
 */
const MAIL_PROVIDER_LABELS = words(
  "gmail|googlemail|hotmail|outlook|windowslive|msn|yahoo|ymail|rocketmail|icloud|aol|proton|" +
    "protonmail|tutanota|tuta|tutamail|gmx|posteo|mailbox|fastmail|yandex|libero|virgilio|" +
    "tiscali|wanadoo|laposte|orange|t-online|freenet|seznam|bluewin|kpnmail|hetnet|telenet|" +
    "btinternet|sbcglobal|earthlink|comcast|hushmail|mailfence|runbox|zohomail|sapo|netcabo",
);

/** Whether a domain is one of the personal-mail providers' own ("gmail.com", "web.de"). */
export function isWebmailDomain(domain: string): boolean {
  return WEBMAIL_DOMAINS.has(domain.toLowerCase());
}

/**
 * Whether a domain is a personal mailbox's for the employer's purposes: a provider's own, or one
 * named for a provider whatever it ends with ("posteo.example", "gmx.at", "mail.yahoo.co.uk").
 */
export function isMailProviderDomain(domain: string): boolean {
  const d = domain.toLowerCase();
  if (WEBMAIL_DOMAINS.has(d)) return true;
  const labels = d.split(".");
  labels.pop(); // the top-level domain
  // "yahoo.co.uk", "sapo.com.pt": the country's second level before it.
  if (labels.length > 1 && SECOND_LEVEL.test(labels[labels.length - 1] ?? "")) labels.pop();
  return MAIL_PROVIDER_LABELS.has(labels[labels.length - 1] ?? "");
}
const SECOND_LEVEL = /^(?:co|com|net|org)$/;

/**
 * Services that host someone's page, meeting or file under their own domain: a scheduling link
 * ("cal.com/tomek/30min"), a video call, a profile, a shared document or a short link. Their
 * domain names the tool, never the employer of whoever links to it.
 */
const HOSTING_DOMAINS = words(
  "cal.com|calendly.com|savvycal.com|zcal.co|tidycal.com|youcanbook.me|acuityscheduling.com|" +
    "doodle.com|chilipiper.com|hubspot.com|zoom.us|zoom.com|whereby.com|webex.com|" +
    "gotomeeting.com|google.com|microsoft.com|office.com|office365.com|apple.com|linkedin.com|" +
    "github.com|github.io|gitlab.com|bitbucket.org|twitter.com|x.com|medium.com|substack.com|" +
    "notion.so|notion.site|dropbox.com|box.com|wetransfer.com|loom.com|typeform.com|forms.gle|" +
    "bit.ly|lnkd.in|tinyurl.com|ow.ly|goo.gl|aka.ms|linktr.ee|about.me|youtube.com|youtu.be|" +
    "vimeo.com|instagram.com|facebook.com|behance.net|dribbble.com|figma.com|miro.com|" +
    "slack.com|discord.gg|wa.me|t.me|coderpad.io|leetcode.com|stackoverflow.com|" +
    "wikipedia.org|crunchbase.com|eventbrite.com|meetup.com|ycombinator.com|producthunt.com",
);

/** Whether a domain or one it sits under is a hosting service's ("meet.google.com", "cal.com"). */
function isHostingDomain(domain: string): boolean {
  const labels = domain.split(".");
  for (let i = 0; i < labels.length - 1; i++)
    if (HOSTING_DOMAINS.has(labels.slice(i).join("."))) return true;
  return false;
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
  if (isMailProviderDomain(d) || isAtsDomain(d) || isHostingDomain(d)) return null;
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
