/** What a header row says, whatever language its label is written in. */
export type HeaderField = "from" | "to" | "cc" | "bcc" | "replyTo" | "subject" | "date";

/** Header labels of forwarded and quoted blocks, lower-cased, in the languages mail clients use. */
const LABELS_BY_FIELD: Readonly<Record<HeaderField, readonly string[]>> = {
  from: [
    ...["from", "von", "de", "da", "van", "fra", "från", "od", "feladó", "lähettäjä", "expeditor"],
    ...["expéditeur", "remitente", "absender", "afzender", "remetente", "mittente", "nadawca"],
    ...["šalje", "saatja", "kimden", "gönderen", "de la", "от", "від", "від кого"],
    ...["发件人", "寄件者", "差出人", "送信者", "送信元", "보낸 사람", "보낸사람"],
  ],
  to: [
    ...[
      "to",
      "an",
      "à",
      "a",
      "para",
      "aan",
      "til",
      "till",
      "do",
      "komu",
      "címzett",
      "vastaanottaja",
    ],
    ...["pour", "destinataire", "destinatario", "destinatari", "empfänger", "prima", "pre"],
    ...[
      "adresat",
      "către",
      "destinatarul",
      "kime",
      "кому",
      "收件人",
      "宛先",
      "받는 사람",
      "받는사람",
    ],
  ],
  cc: [
    ...[
      "cc",
      "kopie",
      "kopie (cc)",
      "copie",
      "copie à",
      "cópia",
      "copia",
      "kopio",
      "kopia",
      "kopi",
    ],
    ...[
      "dw",
      "másolat",
      "másolatot kap",
      "kópia",
      "bilgi",
      "копия",
      "копія",
      "抄送",
      "副本",
      "참조",
    ],
  ],
  bcc: ["bcc", "cci", "cco", "bkopie", "blindkopie"],
  replyTo: [
    ...["reply-to", "reply to", "antwort an", "répondre à", "responder a", "rispondi a"],
    ...["antwoord aan", "antwoorden aan", "beantwoorden aan", "antworten an", "risposta a"],
    ...["responder para", "répondre", "svar til", "svara till"],
  ],
  subject: [
    ...["subject", "betreff", "objet", "asunto", "oggetto", "onderwerp", "assunto", "emne", "ämne"],
    ...["aihe", "temat", "předmět", "predmet", "tárgy", "тема", "konu", "sujet", "naslov"],
    ...["subiectul", "subiect", "主题", "主旨", "件名", "제목"],
  ],
  date: [
    ...[
      "date",
      "sent",
      "datum",
      "gesendet",
      "envoyé",
      "envoyé le",
      "enviado",
      "enviado el",
      // Outlook in Portugal: "Enviada:", the message (a mensagem) being feminine.
      "enviada",
      "enviado em",
      "enviada em",
      "fecha",
    ],
    ...["data", "dato", "sendt", "skickat", "verzonden", "inviato", "päivämäärä", "päiväys"],
    ...["lähetetty", "dátum", "wysłano", "дата", "отправлено", "відправлено", "tarih", "odesláno"],
    ...[
      "elküldve",
      "trimis",
      "date d'envoi",
      "sent at",
      "日期",
      "发送时间",
      "日付",
      "送信日時",
      "날짜",
    ],
  ],
};

/** Every label, to the field it names. */
export const HEADER_LABELS: ReadonlyMap<string, HeaderField> = new Map(
  Object.entries(LABELS_BY_FIELD).flatMap(([field, labels]) =>
    labels.map((label) => [label, field as HeaderField] as const),
  ),
);

/** Fields whose value is a list of mailboxes, which may wrap onto the next line. */
export function isAddressField(field: HeaderField): boolean {
  return (
    field === "from" || field === "to" || field === "cc" || field === "bcc" || field === "replyTo"
  );
}
