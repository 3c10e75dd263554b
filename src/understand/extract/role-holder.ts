/**
 * Titles that someone holds, written in the same words as a job: the writer's own ("As
 * Engineering Manager I wanted to…", "als Teamleiterin möchte ich…", "como Tech Lead do time,
 * queria…") and a colleague's ("die schon zwei Jahre als Data Analyst bei uns arbeitet", "qui
 * travaille chez nous comme Data Analyst"). Neither is the job applied for.
 */

/** How far a sentence is read around a title. */
const SENTENCE_WINDOW_CHARS = 240;

/**
 * "As", "Als", "Como", "En tant que", "In qualità di" opening the sentence (or following the
 * greeting on its line), right before the title.
 */
const OPENING_AS =
  /(?:^|[.!?:;]\s+|\n[\s>]*|(?:^|\n)[ \t>]*(?:hi|hello|hey|dear|hallo|liebe[rs]?|bonjour|salut|hola|ciao|buongiorno|olá|ola|oi|hoi|beste|dag)\b[^\n.!?,]{0,30},\s+)(?:as|als|como|come|comme|en tant que|in qualità di|in qualita di|enquanto|na qualidade de|in de rol van|in meiner rolle als|in my role as)\s+(?:(?:the|de|het|la|le|el|il|o|a)\s+)?$/i;

/** "als", "as", "comme", "como", "come": the word that makes the next title someone's. */
const AS_BEFORE = /(?:^|\s)(?:as|als|comme|como|come|en tant que|in qualità di)\s+$/i;

/** "I", "ich", "ik", "je", and the first-person verbs the Romance languages write without a pronoun. */
const FIRST_PERSON =
  /(?:^|[\s,(])(?:i|i['’]m|i['’]ve|i['’]d|i['’]ll|ich|ik|je|j['’]\p{L}+|yo|io|eu|quería|queria|quiero|quero|quisiera|gostaria|volevo|vorrei|voglio|desejo|wollte|möchte|wilde|wil|tenais|tiens|souhaite|souhaitais|escribo|escrevo|scrivo|schreibe|schrijf)(?=[\s,.!?;:]|$)/iu;

/** Someone working as it now: "arbeitet", "travaille", "works", "trabaja", "lavora", "werkt". */
const WORKS_AS =
  /(?:^|\s)(?:arbeitet|arbeitete|tätig|travaille|travaillait|works|worked|working|has been|trabaja|trabajaba|trabalha|trabalhava|lavora|lavorava|werkt|werkte|werkzaam)(?=[\s,.!?;:]|$)/iu;

/** Whether the title at [start, end) is one someone holds, by the sentence around it. */
export function heldBySomeone(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - SENTENCE_WINDOW_CHARS);
  const head = text.slice(from, start);
  const sentenceStart = Math.max(...[".", "!", "?", "\n"].map((c) => head.lastIndexOf(c))) + 1;
  const before = head.slice(sentenceStart);
  const tail = text.slice(end, end + SENTENCE_WINDOW_CHARS);
  const after = tail.slice(0, tail.search(/[.!?\n]|$/));
  if (OPENING_AS.test(head) && FIRST_PERSON.test(after)) return true;
  return AS_BEFORE.test(before) && (WORKS_AS.test(before) || WORKS_AS.test(after));
}
