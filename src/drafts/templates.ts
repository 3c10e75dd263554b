import type { MessageKind } from "./message-kinds.ts";

/**
 * The wording of every message Rebound drafts, written for Rebound in the job seeker's voice.
 * One mechanism (render-draft.ts) fills them all. Placeholders:
 *   {greeting}        "Hi Maya," or "Hello," when the name is unknown
 *   {dear}            "Dear Maya," or "Hello,"
 *   {firstName}       "Maya", or "there"
 *   {senderName}      the job seeker's name, for the signature
 *   {senderFirstName} the job seeker's first name
 *   {company}         "Northwind Robotics", or "your team" (reads well after in / with / for)
 *   {atCompany}       " at Northwind Robotics", or nothing
 *   {theRole}         "the Senior Backend Engineer role", or "the role"
 *   {forRole}         " for the Senior Backend Engineer role", or nothing
 *   {aboutRole}       " about the Senior Backend Engineer role", or nothing
 *   {topicLine}       a sentence about what you talked about (from the user's note), or nothing
 *   {aboutTopic}      " about sim-to-real testing", or nothing
 *   {targetsLine}     a sentence naming the user's target companies, or nothing
 *   {referrerName}    who referred the user, or "a mutual contact"
 *   {purposeLabel}    for a voicemail script: what it stands in for ("90-day check-in")
 *   {wishLine}        a closing good wish: to the team and whoever was hired, or, when nobody
 *                     was (a search on hold, a role closed), to the team alone
 * A line holding only placeholders that come out empty disappears, with its blank line.
 */
export const PLACEHOLDERS = [
  "greeting",
  "dear",
  "firstName",
  "senderName",
  "senderFirstName",
  "company",
  "atCompany",
  "theRole",
  "forRole",
  "aboutRole",
  "topicLine",
  "aboutTopic",
  "targetsLine",
  "referrerName",
  "purposeLabel",
  "wishLine",
] as const;

export type Placeholder = (typeof PLACEHOLDERS)[number];

export interface Template {
  subject: string;
  body: string;
}

/** The slot a stay-in-touch note leaves for the user: obviously to be replaced before sending. */
export const SHARE_SLOT = "[[add: an article, company news or a lead to share]]";

/** Every kind but the voicemail script, whose wording depends on the message it replaces. */
export type WrittenKind = Exclude<MessageKind, "call_script">;

export const TEMPLATES: { readonly [K in WrittenKind]: readonly Template[] } = {
  appreciation: [
    {
      subject: "Thank you for your time",
      body: `{greeting}

Thank you for the time you gave me during the interviews{forRole}{atCompany}. I understand it was a business decision, and I'm glad I had the chance to be considered.

{topicLine}

{wishLine}

Best regards,
{senderName}`,
    },
    {
      subject: "Thanks, and all the best",
      body: `{greeting}

I wanted to thank you for your time and for the conversations during my interviews{atCompany}. I know decisions like this come down to what the team needs, and I fully understand.

{topicLine}

{wishLine}

All the best,
{senderName}`,
    },
    {
      subject: "Thank you",
      body: `{greeting}

A short note to say thank you for your time during the process{forRole}. I understand it was a business decision, and there are no hard feelings on my side.

{topicLine}

{wishLine}

Kind regards,
{senderName}`,
    },
  ],

  feedback_request: [
    {
      subject: "Thank you, and one question",
      body: `{greeting}

Thank you for letting me know, and for the time you and the team gave me during the process{forRole}. I respect the decision.

{topicLine}

If you have a moment at some point, I'd value your view on one thing: is there anything that would have made me a stronger candidate? Whenever is convenient is fine, and I'll understand if you're too busy to reply.

Best regards,
{senderName}`,
    },
    {
      subject: "Thanks for letting me know",
      body: `{dear}

Thanks for the update{aboutRole}, and for your time throughout the process. I understand, and I appreciate you telling me.

{topicLine}

To help me with my next applications, is there anything you think would have made me a stronger candidate? A line or two whenever it suits you would be very welcome. I'm asking only so I can learn from it.

All the best,
{senderName}`,
    },
    {
      subject: "Thank you for considering me",
      body: `{greeting}

I appreciate you letting me know about the decision, and I'm grateful for the time everyone gave me during the process{forRole}.

{topicLine}

As I keep looking, I'd welcome any pointers on what would have made me a stronger candidate, if you're happy to share them when convenient. There's no need to reply if now isn't a good time.

Warm regards,
{senderName}`,
    },
  ],

  referral_request: [
    {
      subject: "A small favour, if you're open to it",
      body: `{greeting}

I hope all is well{atCompany}. I enjoyed our conversations during my interviews, and I'm continuing my search.

Would you be comfortable acting as a reference for me, or introducing me to someone you think I should talk to?

{targetsLine}

If it's not a good time, or it doesn't feel right, please just say so. I'll completely understand.

Many thanks,
{senderName}`,
    },
    {
      subject: "Would you be open to helping?",
      body: `{greeting}

I enjoyed getting to know you during the process{forRole}. As I keep looking, I wondered whether you might be willing to help in a small way.

Would you be happy to act as a reference for me, or to point me to someone worth meeting?

{targetsLine}

Please feel free to say no; I know how busy things get.

Best,
{senderName}`,
    },
    {
      subject: "A quick question",
      body: `{greeting}

I hope you're well. I'm still looking for my next role, and as we got on well during my interviews{atCompany}, I hoped I might ask you a favour.

Would you be willing to be a reference for me, or to introduce me to anyone you think I should meet?

{targetsLine}

There's no pressure at all, and a no is completely fine.

Thank you,
{senderName}`,
    },
  ],

  // Each must fit LINKEDIN_NOTE_LIMIT; render-draft.ts falls back to another when one doesn't.
  linkedin_note: [
    {
      subject: "",
      body: "{greeting} thank you for your time during my interviews{forRole}. I enjoyed meeting you and would be glad to stay in touch. {senderName}",
    },
    {
      subject: "",
      body: "{greeting} it was good to meet you during my interviews{atCompany}. Thank you for your time; I'd like to keep in touch. Best, {senderName}",
    },
    {
      subject: "",
      body: "{greeting} I enjoyed our conversation{aboutTopic} during my interview process and would be glad to stay connected. {senderName}",
    },
    {
      subject: "",
      body: "{greeting} I appreciated your time in my interview process{forRole}. It would be great to stay connected here. All the best, {senderName}",
    },
  ],

  keep_on_file_follow_up: [
    {
      subject: "Thank you for keeping me in mind",
      body: `{greeting}

Thank you for letting me know, and for offering to keep my details on file. I'd be very glad to be considered for future openings{atCompany}.

Is there anything else I could send that would help, such as an updated CV or examples of my work? And what's the best way to keep my application fresh?

Best regards,
{senderName}`,
    },
    {
      subject: "Yes, please keep me on file",
      body: `{dear}

Thanks for the update{aboutRole}, and for the kind offer to keep my application on file. I'd like that very much.

{topicLine}

How would you suggest I keep my application up to date with you? If there's anything that would strengthen it for the next opening, I'd be glad to hear it.

All the best,
{senderName}`,
    },
    {
      subject: "Thanks for keeping my details",
      body: `{greeting}

I appreciate you keeping me in mind for future roles{atCompany}, and I'm happy for you to keep my details.

Is there anything more I could share to help? And would it be all right for me to send a short update now and then, or is there a better way to stay on your radar?

Kind regards,
{senderName}`,
    },
  ],

  networking_meeting: [
    {
      subject: "A short conversation?",
      body: `{greeting}

I hope all is well{atCompany}. I'd value your perspective as I plan my next step: would you have 15 to 20 minutes for a call in the coming weeks?

{topicLine}

I'd love to hear what's happening with {company} and in the industry, and whether there's anyone else you think I should meet.

Thank you,
{senderName}`,
    },
    {
      subject: "Coffee or a quick call?",
      body: `{greeting}

If you ever have 15 or 20 minutes to spare, I'd be grateful for a short conversation, over coffee or a call, whichever suits you.

I'd like to hear how you see the industry developing, what's ahead for {company}, and who else you think would be worth talking to.

No agenda beyond learning from you, and I'm happy to fit around your schedule.

Best,
{senderName}`,
    },
    {
      subject: "Learning from your experience",
      body: `{greeting}

{topicLine}

I'd value your view as I think about my next move. Could I ask for a short call, 15 to 20 minutes, whenever convenient?

I'm curious about where things are heading for {company} and in your field, and I'd welcome any suggestions of people I should meet.

Kind regards,
{senderName}`,
    },
  ],

  stay_in_touch: [
    {
      subject: "Thought you might find this interesting",
      body: `{greeting}

I came across ${SHARE_SLOT} and thought of you.

I hope all is well{atCompany}, and I'd be glad to hear how things are going whenever you have a moment.

Best,
{senderName}`,
    },
    {
      subject: "Hello again",
      body: `{greeting}

It's been a little while, so I wanted to say hello and share something that made me think of you: ${SHARE_SLOT}.

I hope you and the team are doing well.

All the best,
{senderName}`,
    },
    {
      subject: "Something you might find useful",
      body: `{greeting}

I hope the past few weeks have treated you well. I wanted to pass on ${SHARE_SLOT}, in case it's useful.

If there's ever anything I can help with, just let me know.

Kind regards,
{senderName}`,
    },
  ],

  check_in_90_day: [
    {
      subject: "Checking in",
      body: `{greeting}

It's been about three months since we spoke{aboutRole}, and I wanted to say hello. I'm still very interested in {company}.

If anything opens up, or plans change, I'd be happy to talk.

Best regards,
{senderName}`,
    },
    {
      subject: "A quick hello",
      body: `{greeting}

I hope the last few months have gone well for you. I'm writing to say that I'm still keen on working with {company}, and I'd be glad to talk if a suitable role comes up.

Thank you again for your time during my interviews.

All the best,
{senderName}`,
    },
    {
      subject: "Keeping in touch",
      body: `{dear}

A short note to check in, a few months on from my interviews{forRole}. My interest in {company} hasn't changed.

If there's ever a fit, now or later, I'd be happy to have a conversation.

Kind regards,
{senderName}`,
    },
  ],

  on_hold_check_back: [
    {
      subject: "Is the search back on?",
      body: `{greeting}

When we last spoke, the search{forRole} had been put on hold. I'm still very interested, so I wanted to ask whether it has started again, or is likely to.

Thank you, and I hope all is well.

Best regards,
{senderName}`,
    },
    {
      subject: "Checking back",
      body: `{greeting}

I hope you're well. It's been about six weeks since the search{forRole} was paused, so I thought I'd check back in.

If it has restarted, or is about to, I'd be glad to pick up where we left off.

All the best,
{senderName}`,
    },
    {
      subject: "Any news on the role?",
      body: `{dear}

I'm following up on the search{forRole}, which was on hold when we last spoke. I remain keen on the opportunity{atCompany}.

Is there any news, or would it be better for me to check in again later?

Kind regards,
{senderName}`,
    },
  ],

  role_fit_question: [
    {
      subject: "Thank you, and a question",
      body: `{greeting}

Thank you for your time, and for being clear that {theRole} wasn't the right fit. I understand.

{topicLine}

Are there other roles{atCompany} where you think my background would be a better match? I'd be glad to hear your view whenever it's convenient.

Best regards,
{senderName}`,
    },
    {
      subject: "Where my background might fit",
      body: `{greeting}

I appreciate the honest answer{aboutRole}; it helps me focus my search.

{topicLine}

If there's a kind of role on your side that suits my experience more closely, I'd be grateful for a pointer, so I can keep an eye out for it.

All the best,
{senderName}`,
    },
    {
      subject: "A follow-up question",
      body: `{dear}

Thank you for letting me know{aboutRole}, and for taking the time to consider me. I'd still love to work with {company} one day.

Which openings, now or in the future, do you think would suit someone with my background?

Kind regards,
{senderName}`,
    },
  ],

  // Whatever the feedback said: thanks, and nothing that could read as an answer to it.
  thanks_for_feedback: [
    {
      subject: "Thank you for the feedback",
      body: `{greeting}

Thank you for taking the time to share your feedback. I know it isn't something everyone does, and I really appreciate it.

I'll take it on board as I keep going.

Best regards,
{senderName}`,
    },
    {
      subject: "Thank you",
      body: `{greeting}

Thanks so much for your reply and for your thoughts. It was kind of you to take the time, and I'm grateful.

I'll keep them in mind for the next steps in my search.

All the best,
{senderName}`,
    },
    {
      subject: "Much appreciated",
      body: `{dear}

I really appreciate you getting back to me with your thoughts. Honest feedback is rare, and it helps.

Thank you again for your time and for considering me.

Kind regards,
{senderName}`,
    },
  ],

  thanks_for_referral: [
    {
      subject: "Thank you so much",
      body: `{greeting}

Thank you for your help; it's very generous of you. I'll follow up and let you know how it goes.

If I can ever return the favour, please just ask.

Best regards,
{senderName}`,
    },
    {
      subject: "Thank you for your help",
      body: `{greeting}

I'm really grateful that you'd put in a word for me. It means a lot at this stage of my search.

I'll keep you posted on how things turn out, and I'd be glad to help you or anyone in your network in return.

All the best,
{senderName}`,
    },
    {
      subject: "Many thanks",
      body: `{dear}

Thank you for going out of your way for me. I don't take it for granted.

I'll tell you how it goes, and please let me know if there's ever anything I can do for you.

Kind regards,
{senderName}`,
    },
  ],

  introduction: [
    {
      subject: "Introduction via {referrerName}",
      body: `{greeting}

I'm writing at the suggestion of {referrerName}, who kindly passed on your name. I'm looking for my next role and would love to hear about your work{atCompany}.

Would you have 15 to 20 minutes for a short call in the coming weeks? I'm happy to fit around your schedule.

Best regards,
{senderName}`,
    },
    {
      subject: "{referrerName} suggested I get in touch",
      body: `{greeting}

I was given your name by {referrerName}, who suggested I get in touch. I'm exploring my next step and would value your perspective on your field and on {company}.

Could we find 15 minutes for a quick chat, whenever suits you?

All the best,
{senderName}`,
    },
    {
      subject: "Hello, from a contact of {referrerName}",
      body: `{dear}

My name is {senderName}, and {referrerName} kindly suggested I reach out to you.

I'm currently looking for my next role, and I'd be grateful for a brief conversation about your work{atCompany}, whenever it suits you.

Thank you,
{senderName}`,
    },
  ],
};

/**
 * Voicemail scripts, by the message they stand in for: about 20 to 30 seconds spoken (roughly
 * 50 to 75 words), the caller's name said twice so it is caught. Other purposes use the thank-you.
 */
export const CALL_SCRIPTS: { readonly appreciation: readonly Template[] } & {
  readonly [K in WrittenKind]?: readonly Template[];
} = {
  appreciation: [
    {
      subject: "Voicemail: {purposeLabel}",
      body: "{greeting} it's {senderName}. I'm calling to say thank you for your time during my interviews{forRole}. I understand it was a business decision, and I'm glad I had the chance to be considered. {wishLine} There's no need to call me back. Thanks again. This was {senderName}.",
    },
    {
      subject: "Voicemail: {purposeLabel}",
      body: "{greeting} this is {senderName}. Just a quick call to thank you for meeting with me{atCompany}. I understand the decision, and there are no hard feelings at all. {wishLine} No need to call back; I simply wanted to say thank you. Take care. Again, it's {senderName}.",
    },
  ],
  check_in_90_day: [
    {
      subject: "Voicemail: {purposeLabel}",
      body: "{greeting} it's {senderName}. We spoke a few months ago{aboutRole}, and I wanted to check in and say hello. I'm still very interested in {company}, so if anything opens up, or plans change, I'd be glad to talk. You can call me back on this number or reply by email, whenever it suits you. Thanks, and have a good day. Again, it's {senderName}.",
    },
    {
      subject: "Voicemail: {purposeLabel}",
      body: "{greeting} this is {senderName}, checking in a few months after my interviews{forRole}. I hope things have gone well since we spoke. I'm still keen on working with {company}, and if a suitable role comes up I'd love to hear about it. There's no rush to call back; an email is fine too. Thanks very much, and all the best. That was {senderName}.",
    },
  ],
  on_hold_check_back: [
    {
      subject: "Voicemail: {purposeLabel}",
      body: "{greeting} it's {senderName}. When we last spoke, the search{forRole} had been put on hold, and I wanted to check back in. I'm still very interested, so if it has started again, or is likely to, I'd be glad to hear. You can call me back on this number or reply by email, whichever is easier. Thank you, and I hope all is well. Again, it's {senderName}.",
    },
    {
      subject: "Voicemail: {purposeLabel}",
      body: "{greeting} this is {senderName}. It's been about six weeks since the search{forRole} was paused, so I thought I'd give you a quick call. I'm still keen, and if things are moving again I'd be happy to pick up where we left off. An email is fine if that's easier for you. Thanks very much, and have a good day. That was {senderName}.",
    },
  ],
  stay_in_touch: [
    {
      subject: "Voicemail: {purposeLabel}",
      body: `{greeting} it's {senderName}. No particular reason for the call: I just wanted to say hello and see how things are going{atCompany}. I also came across ${SHARE_SLOT} and thought of you, so I'll send it over by email. I hope all is well with you and the team. No need to call back. Take care. Again, it's {senderName}.`,
    },
    {
      subject: "Voicemail: {purposeLabel}",
      body: `{greeting} this is {senderName}. It's been a little while, so I wanted to say hello. I thought of you when I saw ${SHARE_SLOT}, and I'll follow up with a short email about it. I hope you and the team are doing well. There's no need to call me back. All the best, and speak soon. That was {senderName}.`,
    },
  ],
  keep_on_file_follow_up: [
    {
      subject: "Voicemail: {purposeLabel}",
      body: "{greeting} it's {senderName}. Thank you for letting me know, and for offering to keep my details on file. I'd be very glad to be considered for future openings{atCompany}. If there's anything else I could send, or a good way to keep my application fresh, I'd love to know. An email is perfect whenever it suits you. Thanks again. That was {senderName}.",
    },
    {
      subject: "Voicemail: {purposeLabel}",
      body: "{greeting} this is {senderName}. I'm calling to say thank you for keeping my application on file; I'd like that very much. If there's anything that would strengthen it for the next opening{atCompany}, or a best way for me to stay in touch, I'd be grateful to hear. No rush at all, and an email is fine. Thanks, and have a good day. Again, it's {senderName}.",
    },
  ],
  networking_meeting: [
    {
      subject: "Voicemail: {purposeLabel}",
      body: "{greeting} it's {senderName}. I'm calling to ask whether you might have 15 or 20 minutes in the coming weeks for a short conversation. I'd value your view on the industry and on what's happening with {company}, and on who else I might talk to. Whenever suits you is fine, and an email is easiest. Thank you, and have a good day. Again, it's {senderName}.",
    },
    {
      subject: "Voicemail: {purposeLabel}",
      body: "{greeting} this is {senderName}. I enjoyed our conversations during my interviews, and I wondered whether you'd have time for a short coffee or a call some time soon. I'd love to hear how you see your field developing, and who you think I should meet. No pressure at all; a quick email either way is perfect. Thanks very much. That was {senderName}.",
    },
  ],
  thanks_for_feedback: [
    {
      subject: "Voicemail: {purposeLabel}",
      body: "{greeting} it's {senderName}. I'm calling to say thank you for taking the time to share your feedback. I know it isn't something everyone does, and I really appreciate it. I'll take it on board as I keep going. There's no need to call me back; I just wanted you to know it was well received. Thanks again, and all the best. That was {senderName}.",
    },
    {
      subject: "Voicemail: {purposeLabel}",
      body: "{greeting} this is {senderName}. Just a quick call to thank you for your reply and for your thoughts. It was kind of you to take the time, and I'm grateful. I'll keep them in mind for the next steps in my search. No need to call back. I hope the rest of your week goes well. Again, it's {senderName}.",
    },
  ],
  thanks_for_referral: [
    {
      subject: "Voicemail: {purposeLabel}",
      body: "{greeting} it's {senderName}. I'm calling to say a big thank you for your help; it's very generous of you. I'll follow up and let you know how it goes. And if I can ever return the favour, for you or anyone in your network, please just ask. No need to call back. Thanks again, and have a great day. That was {senderName}.",
    },
    {
      subject: "Voicemail: {purposeLabel}",
      body: "{greeting} this is {senderName}. Thank you so much for going out of your way for me. It means a lot at this stage of my search, and I don't take it for granted. I'll keep you posted on how things turn out, and please let me know if there's anything I can do for you. No need to call back. Take care. Again, it's {senderName}.",
    },
  ],
};

/** The shortest notes, tried in order when every variant is over the LinkedIn limit. */
export const LINKEDIN_FALLBACKS: readonly Template[] = [
  {
    subject: "",
    body: "{greeting} thank you for your time during my interviews. I'd be glad to stay in touch. {senderFirstName}",
  },
  {
    subject: "",
    body: "{greeting} thank you for your time during my interviews. I'd be glad to stay in touch.",
  },
  // No placeholders: always fits.
  {
    subject: "",
    body: "Thank you for your time during my interviews. I'd be glad to stay in touch.",
  },
];

/** Closing wishes for a thank-you, by variant: when someone was hired, and when nobody was. */
export const WISH_LINES = {
  hired: [
    "I wish you and the team all the best, and every success to whoever takes on the role.",
    "Wishing you, the team and whoever joins you every success.",
    "I hope things go well for you and the team, and I wish whoever joins you a great start.",
  ],
  nobodyHired: [
    "I wish you and the team all the best with what comes next.",
    "Wishing you and the team every success.",
    "I hope things go well for you and the team in the months ahead.",
  ],
} as const;
