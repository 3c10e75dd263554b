/**
 * The values a settings command names, read forgivingly: IANA time zones in any case, common
 * city names, languages by code or English name, hours as "7", "7am", "19:00". Pure.
 */

/** Cities people name that are not the city of their IANA zone. */
const CITY_ZONES: Readonly<Record<string, string>> = {
  "san francisco": "America/Los_Angeles",
  "los angeles": "America/Los_Angeles",
  la: "America/Los_Angeles",
  seattle: "America/Los_Angeles",
  portland: "America/Los_Angeles",
  "san diego": "America/Los_Angeles",
  "san jose": "America/Los_Angeles",
  "silicon valley": "America/Los_Angeles",
  "bay area": "America/Los_Angeles",
  "new york city": "America/New_York",
  nyc: "America/New_York",
  boston: "America/New_York",
  washington: "America/New_York",
  "washington dc": "America/New_York",
  atlanta: "America/New_York",
  miami: "America/New_York",
  philadelphia: "America/New_York",
  austin: "America/Chicago",
  dallas: "America/Chicago",
  houston: "America/Chicago",
  montreal: "America/Toronto",
  ottawa: "America/Toronto",
  munich: "Europe/Berlin",
  münchen: "Europe/Berlin",
  hamburg: "Europe/Berlin",
  frankfurt: "Europe/Berlin",
  cologne: "Europe/Berlin",
  köln: "Europe/Berlin",
  düsseldorf: "Europe/Berlin",
  stuttgart: "Europe/Berlin",
  leipzig: "Europe/Berlin",
  geneva: "Europe/Zurich",
  basel: "Europe/Zurich",
  milan: "Europe/Rome",
  milano: "Europe/Rome",
  barcelona: "Europe/Madrid",
  valencia: "Europe/Madrid",
  lyon: "Europe/Paris",
  marseille: "Europe/Paris",
  toulouse: "Europe/Paris",
  manchester: "Europe/London",
  edinburgh: "Europe/London",
  glasgow: "Europe/London",
  bristol: "Europe/London",
  cork: "Europe/Dublin",
  rotterdam: "Europe/Amsterdam",
  "the hague": "Europe/Amsterdam",
  antwerp: "Europe/Brussels",
  krakow: "Europe/Warsaw",
  kraków: "Europe/Warsaw",
  porto: "Europe/Lisbon",
  gothenburg: "Europe/Stockholm",
  bangalore: "Asia/Kolkata",
  bengaluru: "Asia/Kolkata",
  mumbai: "Asia/Kolkata",
  delhi: "Asia/Kolkata",
  "new delhi": "Asia/Kolkata",
  hyderabad: "Asia/Kolkata",
  chennai: "Asia/Kolkata",
  pune: "Asia/Kolkata",
  beijing: "Asia/Shanghai",
  shenzhen: "Asia/Shanghai",
  osaka: "Asia/Tokyo",
  kyoto: "Asia/Tokyo",
  canberra: "Australia/Sydney",
  "tel aviv": "Asia/Jerusalem",
  "abu dhabi": "Asia/Dubai",
  "cape town": "Africa/Johannesburg",
  "rio de janeiro": "America/Sao_Paulo",
  "são paulo": "America/Sao_Paulo",
  "mexico city": "America/Mexico_City",
};

let zonesByKey: Map<string, string> | null = null;

/** Every IANA zone by its lower-cased name and by its city ("berlin", "new york"). */
function zoneIndex(): Map<string, string> {
  if (zonesByKey) return zonesByKey;
  const index = new Map<string, string>();
  const zones = [...Intl.supportedValuesOf("timeZone"), "UTC"];
  for (const zone of zones) {
    index.set(zone.toLowerCase(), zone);
    const city = zone.split("/").at(-1)?.replaceAll("_", " ").toLowerCase();
    if (city && !index.has(city)) index.set(city, zone);
  }
  for (const [city, zone] of Object.entries(CITY_ZONES)) index.set(city, zone);
  index.set("gmt", "UTC");
  zonesByKey = index;
  return index;
}

/** An IANA zone from what the user typed ("Europe/Berlin", "berlin", "New York"), or null. */
export function resolveTimeZone(typed: string): string | null {
  const key = typed.trim().toLowerCase().replace(/\s+/g, " ");
  if (key === "") return null;
  const zone = zoneIndex().get(key) ?? zoneIndex().get(key.replaceAll(" ", "_"));
  if (zone) return zone;
  // "Europe/Berlin" as the runtime spells it, even if the list above lacked an alias.
  try {
    return new Intl.DateTimeFormat("en", { timeZone: typed.trim() }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** Languages drafts can be written in, by code and English name (ISO 639-1). */
const LANGUAGES: Readonly<Record<string, string>> = {
  en: "English",
  de: "German",
  fr: "French",
  es: "Spanish",
  it: "Italian",
  nl: "Dutch",
  pt: "Portuguese",
  sv: "Swedish",
  da: "Danish",
  nb: "Norwegian",
  fi: "Finnish",
  pl: "Polish",
  cs: "Czech",
};

/** "de", "German", "deutsch"? -> "de"; "auto" -> "auto"; anything else null. */
export function resolveLanguage(typed: string): string | null {
  const key = typed.trim().toLowerCase();
  if (key === "auto" || key === "automatic" || key === "employer") return "auto";
  if (LANGUAGES[key]) return key;
  const byName = Object.entries(LANGUAGES).find(([, name]) => name.toLowerCase() === key);
  if (byName) return byName[0];
  if (key === "norwegian" || key === "no") return "nb";
  return null;
}

/** "German (de)" for a code; the code itself when unknown. */
export function languageName(code: string): string {
  const name = LANGUAGES[code];
  return name ? `${name} (${code})` : code;
}

export const LANGUAGE_CODES: readonly string[] = Object.keys(LANGUAGES);

/** "7", "07", "7am", "7 pm", "19:00", "7h" -> 0..23, or null. */
export function resolveHour(typed: string): number | null {
  const match = /^(\d{1,2})(?::00)?\s*(am|pm|h|o'?clock)?$/i.exec(typed.trim());
  if (!match) return null;
  let hour = Number(match[1]);
  const suffix = match[2]?.toLowerCase();
  if (suffix === "am" || suffix === "pm") {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (suffix === "pm" ? 12 : 0);
  }
  return hour >= 0 && hour <= 23 ? hour : null;
}

/** A display name: 1 to 6 words of letters, spaces, hyphens, apostrophes and dots. */
export function cleanName(typed: string): string | null {
  const name = typed.trim().replace(/\s+/g, " ");
  if (name === "" || name.length > 80) return null;
  if (!/^[\p{L}\p{M}][\p{L}\p{M}.'’ -]*$/u.test(name)) return null;
  return name.split(" ").length <= 6 ? name : null;
}
