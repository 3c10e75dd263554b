/** Language detection reads only the start of a message; a few hundred words decide it. */
const MAX_CHARS = 4000;
/** Fewer stop-word hits than this is too little to overrule the default. */
const MIN_HITS = 2;
const DEFAULT_LANGUAGE = "en";

/**
 * Frequent function words per language, lower-cased and without accents (see foldText).
 * Words several languages share ("de", "la", "en", "in", "que") are left out, and a word
 * listed under two languages counts for neither, so every hit is evidence for one language.
 */
const STOP_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: [
    "the", "and", "you", "your", "we", "our", "to", "of", "for", "with", "is", "are", "this",
    "that", "have", "has", "be", "will", "would", "not", "thank", "thanks", "it", "been",
    "from", "us", "hi", "dear", "regards", "unfortunately", "please", "i", "my", "at", "if",
    "any", "about", "time", "which", "who", "were", "was", "all", "can", "do", "know",
  ],
  de: [
    "der", "die", "das", "und", "ist", "sie", "ihre", "ihnen", "ihr", "wir", "uns", "nicht",
    "mit", "fur", "auf", "eine", "einen", "ein", "dem", "den", "ich", "bei", "leider", "vielen",
    "dank", "zu", "von", "auch", "sich", "sehr", "haben", "werden", "unsere", "unser", "grusse",
    "freundlichen", "hallo", "liebe", "lieber", "geehrte", "geehrter", "du", "dir", "dich",
    "dass", "wie", "noch", "bewerbung", "uber", "oder", "wieder", "bis",
  ],
  fr: [
    "le", "les", "et", "vous", "votre", "vos", "nous", "notre", "est", "pour", "une", "du",
    "dans", "qui", "pas", "ne", "avec", "sur", "au", "aux", "je", "ce", "cette", "merci",
    "bonjour", "cordialement", "malheureusement", "avons", "sommes", "tres", "mais", "ou",
    "votre", "etre", "avez", "bien", "suis", "j'ai", "n'avons", "c'est", "d'un", "d'une",
  ],
  es: [
    "el", "los", "las", "y", "por", "una", "es", "su", "sus", "del", "al", "muy", "gracias",
    "usted", "estamos", "hemos", "pero", "lamentablemente", "saludos", "hola", "estimado",
    "estimada", "puesto", "le", "te", "lo", "mas", "sobre", "tus", "nuestro",
    "nuestra", "proceso", "han", "ha", "fue", "estoy", "desde", "cuando", "tambien", "ya",
  ],
  pt: [
    "os", "um", "nao", "voce", "obrigado", "obrigada", "seu", "sua", "do", "dos", "das",
    "ao", "em", "muito", "ola", "prezado", "prezada", "atenciosamente", "vaga", "infelizmente",
    "processo", "nosso", "nossa", "foi", "estou", "tambem", "mais", "pela", "pelo", "ja",
    "sao", "agradecemos", "equipe", "equipa", "cumprimentos", "abraco",
  ],
  it: [
    "il", "di", "che", "non", "per", "sono", "della", "alla", "gli", "grazie", "ti", "ci",
    "siamo", "nostro", "nostra", "purtroppo", "cordiali", "saluti", "posizione", "anche",
    "questo", "questa", "molto", "ho", "hai", "abbiamo", "nel", "nella", "tua", "tuo",
    "sua", "gentile", "buongiorno", "ciao", "delle", "dei", "sei", "stato", "stata",
  ],
  nl: [
    "het", "een", "van", "je", "jij", "jou", "u", "uw", "wij", "niet", "met", "voor", "op",
    "dat", "zijn", "te", "ons", "onze", "helaas", "bedankt", "dank", "groet", "groeten",
    "vriendelijke", "sollicitatie", "hebben", "ook", "naar", "bij", "wel", "om", "dit", "aan",
    "jouw", "ik", "heb", "hebt", "graag", "maar", "wordt", "geen",
  ],
};

/** Lower-cases, strips accents and folds typographic apostrophes: the form every rule is written in. */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/ß/g, "ss")
    .replace(/[\u2018\u2019\u02bc`\u00b4]/g, "'")
    .toLowerCase();
}

/** Word -> the one language it is evidence for; a word listed twice counts for neither. */
const LOOKUP: ReadonlyMap<string, string> = (() => {
  const owners = new Map<string, Set<string>>();
  for (const [language, words] of Object.entries(STOP_WORDS)) {
    for (const word of words) owners.set(word, (owners.get(word) ?? new Set()).add(language));
  }
  const map = new Map<string, string>();
  for (const [word, languages] of owners) {
    const [only] = languages;
    if (languages.size === 1 && only !== undefined) map.set(word, only);
  }
  return map;
})();

const WORD = /[a-z]+(?:'[a-z]+)?/g;

/** ISO 639-1 code of the text's language from stop-word counts; "en" when unsure. */
export function detectLanguage(text: string): string {
  const hits = new Map<string, number>();
  for (const [word] of foldText(text.slice(0, MAX_CHARS)).matchAll(WORD)) {
    const language = LOOKUP.get(word);
    if (language !== undefined) hits.set(language, (hits.get(language) ?? 0) + 1);
  }
  let best = DEFAULT_LANGUAGE;
  let bestHits = MIN_HITS - 1;
  for (const [language, count] of hits) {
    if (count > bestHits || (count === bestHits && language === DEFAULT_LANGUAGE)) {
      best = language;
      bestHits = count;
    }
  }
  return best;
}
