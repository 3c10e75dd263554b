/** Lines that open a forwarded message in every client and language we know (decoration stripped). */
export const FORWARD_SEPARATORS: ReadonlySet<string> = new Set([
  // en: Gmail, Yahoo, Thunderbird, Apple Mail, MailMate, Missive
  "forwarded message",
  "forwarded email",
  "forwarded mail",
  "begin forwarded message",
  // de
  "weitergeleitete nachricht",
  "anfang der weitergeleiteten nachricht",
  // fr
  "message transféré",
  "message transmis",
  "début du message réexpédié",
  "début du message transféré",
  // es
  "mensaje reenviado",
  "inicio del mensaje reenviado",
  // it
  "messaggio inoltrato",
  "inizio messaggio inoltrato",
  // nl
  "doorgestuurd bericht",
  "begin doorgestuurd bericht",
  // pt
  "mensagem encaminhada",
  "mensagem reencaminhada",
  "início da mensagem encaminhada",
  "início da mensagem reencaminhada",
  // nordic
  "vidarebefordrat meddelande",
  "vidarebefordrat mejl",
  "videresendt meddelelse",
  "start på videresendt besked",
  "videresendt melding",
  "välitetty viesti",
  "välitetty viesti alkaa",
  "välitetty viesti / fwd.msg",
  // central and eastern Europe, Turkey
  "przekazana wiadomość",
  "wiadomość przekazana dalej",
  "początek przekazywanej wiadomości",
  "treść przekazanej wiadomości",
  "přeposlaná zpráva",
  "začátek přeposílané zprávy",
  "preposlaná správa",
  "začiatok preposlanej správy",
  "preposlaná správa --- forwarded message",
  "továbbított üzenet",
  "továbbított levél kezdete",
  "mesaj redirecționat",
  "începe mesajul redirecționat",
  "proslijeđena poruka",
  "započni proslijeđenu poruku",
  "пересылаемое сообщение",
  "перенаправленное сообщение",
  "начало переадресованного сообщения",
  "переслане повідомлення",
  "перенаправлене повідомлення",
  "початок листа, що пересилається",
  "iletilmiş mesaj",
  "iletilen ileti",
  "ileti başlangıcı",
  // cjk
  "メッセージを転送",
  "転送メッセージ",
  "转发的邮件",
  "转发邮件",
]);

/**
 * "Original message" lines: Outlook desktop and Samsung use them for forwards and replies
 * alike, so they only count as a forward when a header block follows and the subject is
 * not a reply's.
 */
export const ORIGINAL_MESSAGE_SEPARATORS: ReadonlySet<string> = new Set([
  "original message",
  "ursprüngliche nachricht",
  "originalnachricht",
  "message d'origine",
  "message original",
  "mensaje original",
  "messaggio originale",
  "oorspronkelijk bericht",
  "origineel bericht",
  "mensagem original",
  "ursprungligt meddelande",
  "oprindelig meddelelse",
  "opprinnelig melding",
  "alkuperäinen viesti",
  "wiadomość oryginalna",
  "původní zpráva",
  "исходное сообщение",
  "原始邮件",
  "元のメッセージ",
]);
