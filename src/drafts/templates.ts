import type { MessageKind } from "./message-kinds.ts";

/**
 * The wording of every message Rebound drafts, written for Rebound. One template mechanism
 * (render-draft.ts) fills them all. Placeholders:
 *   {greeting}     "Hi Maya," or "Hello," when the name is unknown
 *   {firstName}    the recipient's first name ("there" when unknown)
 *   {theRole}      "the Senior Backend Engineer role", or "the role"
 *   {company}      the company, or "your team"
 *   {atCompany}    " at Northwind Robotics", or ""
 *   {topicLine}    a sentence about what you talked about, from the user's note, or nothing
 *   {targetsLine}  a sentence naming the user's target companies, or nothing
 *   {referrer}     who made an introduction
 *   {sender}       the job seeker's name (the signature)
 * A line holding only a placeholder that comes out empty disappears with it.
 */
export interface Template {
  subject: string;
  body: string;
}

export const TEMPLATES: Record<Exclude<MessageKind, "call_script">, readonly Template[]> = {
  appreciation: [
    {
      subject: "Thank you",
      body: `{greeting}

Thank you for the time you gave me during the process for {theRole}. I understand the decision, and I appreciate how the team handled it.

{topicLine}

I wish you and the person joining the team every success.

Best regards,
{sender}`,
    },
    {
      subject: "Thanks for your time",
      body: `{greeting}

I wanted to say thank you for meeting with me about {theRole}{atCompany}. I enjoyed the conversation and learned a lot about how the team works.

{topicLine}

No hard feelings at all about the outcome; I hope the new hire settles in well.

All the best,
{sender}`,
    },
    {
      subject: "Thank you for the conversations",
      body: `{greeting}

A short note to thank you for your time and openness while I was interviewing for {theRole}. It was a good experience, even if it didn't end with an offer.

{topicLine}

Wishing you and the team a great rest of the year.

Kind regards,
{sender}`,
    },
  ],
  feedback_request: [
    {
      subject: "Thank you, and a quick question",
      body: `{greeting}

Thank you for letting me know, and for the time you and the team spent with me on {theRole}. I respect the decision.

{topicLine}

If you ever have a moment, I would value one or two pointers on what would have made me a stronger candidate. Whenever suits you is fine, and no reply is needed if you're busy.

Best regards,
{sender}`,
    },
    {
      subject: "Thanks, and one request",
      body: `{greeting}

Thanks for the update on {theRole}, and for a process that was a pleasure to be part of.

{topicLine}

As I keep improving, is there anything you noticed that I could work on? Even a sentence would help, at whatever time is convenient.

Thank you again,
{sender}`,
    },
    {
      subject: "Thank you for the process",
      body: `{greeting}

I appreciate you telling me about the decision on {theRole}, and I'm grateful for the time everyone gave me.

{topicLine}

I'd welcome any thoughts on where I could grow, if you are happy to share them when you have a spare minute. I'm asking only to learn, not to revisit the decision.

Warm regards,
{sender}`,
    },
  ],
  referral_request: [
    {
      subject: "A small favour?",
      body: `{greeting}

I hope things are going well{atCompany}. I enjoyed our conversations during the process and I'm still looking for my next role.

{targetsLine}

Would you be willing to act as a reference, or point me to someone you think I should talk to? If it's not a good time, no problem at all.

Many thanks,
{sender}`,
    },
    {
      subject: "Would you mind if I asked for a hand?",
      body: `{greeting}

Since we spoke, I have kept working on my search and thought of you, as our conversation stayed with me.

{targetsLine}

If you know anyone there, or would be comfortable being a reference for me, I'd be very grateful. Please feel free to say no.

Best,
{sender}`,
    },
    {
      subject: "Quick question",
      body: `{greeting}

I hope all is well with you. I'm reaching out because I valued our conversation and I'm still in the middle of my job search.

{targetsLine}

Would you consider introducing me to someone, or being a reference? I completely understand if that isn't possible.

Thank you,
{sender}`,
    },
  ],
  linkedin_note: [
    {
      subject: "",
      body: "Hi {firstName}, thank you for our conversation about {theRole}. I'd be glad to stay in touch. {sender}",
    },
    {
      subject: "",
      body: "Hi {firstName}, I enjoyed meeting you during my interviews{atCompany}. I'd like to keep in touch. Best, {sender}",
    },
    {
      subject: "",
      body: "Hello {firstName}, thanks again for your time on {theRole}. It would be great to stay connected. {sender}",
    },
    {
      subject: "",
      body: "Hi {firstName}, it was a pleasure talking with you{atCompany}. Let's stay in touch. {sender}",
    },
  ],
  keep_on_file_follow_up: [
    {
      subject: "Thank you for keeping me in mind",
      body: `{greeting}

Thank you for letting me know, and for offering to keep my details on file. I would be glad to be considered for future roles{atCompany}.

Is there anything else I could send you, or a good way to keep my application up to date?

Best regards,
{sender}`,
    },
    {
      subject: "Happy to stay on file",
      body: `{greeting}

Thanks for the update and for the kind offer to keep my application on file. I'd very much like that.

{topicLine}

If it helps, I can send an updated CV whenever things change. Is there a type of role I should watch for on your side?

All the best,
{sender}`,
    },
    {
      subject: "Thanks, and yes please",
      body: `{greeting}

I appreciate you keeping me in mind for future openings{atCompany}. Yes, please do keep my details.

Could you tell me how best to stay on your radar, or whether there is anything that would strengthen my profile for the next opening?

Kind regards,
{sender}`,
    },
  ],
  networking_meeting: [
    {
      subject: "A short conversation?",
      body: `{greeting}

I enjoyed our exchange and I'm keen to learn more about your field. Would you have 15 to 20 minutes for a call in the coming weeks?

I'd love to hear what's changing in your industry and whether there's anyone else you think I should meet.

Thank you,
{sender}`,
    },
    {
      subject: "Coffee or a quick call?",
      body: `{greeting}

I hope things are well{atCompany}. If you ever have a spare 20 minutes, I'd appreciate a short conversation about where the industry is heading and how you see it.

No agenda beyond learning from you; I'm happy to work around your diary.

Best,
{sender}`,
    },
    {
      subject: "Learning from your experience",
      body: `{greeting}

Our conversations stayed with me, and I'd value your perspective as I plan my next step. Could I ask for a short call, 15 minutes or so, whenever convenient?

I'd be glad to hear who else you think is worth talking to.

Kind regards,
{sender}`,
    },
  ],
  stay_in_touch: [
    {
      subject: "Thought of you",
      body: `{greeting}

I came across something I thought you might find interesting: [[add: an article, company news or a lead to share]].

I hope all is well{atCompany}.

Best,
{sender}`,
    },
    {
      subject: "Something you might like",
      body: `{greeting}

It has been a little while, so I wanted to share [[add: an article, company news or a lead to share]] and say hello.

Hope the team is doing well.

All the best,
{sender}`,
    },
    {
      subject: "Hello again",
      body: `{greeting}

I hope the past weeks have been good to you. [[add: an article, company news or a lead to share]]

If there's ever anything I can help with, just say.

Kind regards,
{sender}`,
    },
  ],
  check_in_90_day: [
    {
      subject: "Checking in",
      body: `{greeting}

It has been a few months since we spoke about {theRole}, and I wanted to say hello. I'm still very interested in {company}.

If anything opens up, or plans change, I'd be glad to talk.

Best regards,
{sender}`,
    },
    {
      subject: "A quick hello",
      body: `{greeting}

I hope the last few months have gone well{atCompany}. I still think of our conversations about {theRole} and remain keen on the team.

Should a similar role come up, I'd love to hear about it.

All the best,
{sender}`,
    },
    {
      subject: "Keeping in touch",
      body: `{greeting}

A short note to check in, three months on from my interviews for {theRole}. My interest in {company} hasn't faded.

If there is ever a fit, I'm happy to have a conversation at short notice.

Kind regards,
{sender}`,
    },
  ],
  on_hold_check_back: [
    {
      subject: "Is the search back on?",
      body: `{greeting}

When we last spoke, the search for {theRole} had been put on hold. I wanted to check whether there's any news, as I'm still very interested.

Either way, thank you for keeping me informed.

Best regards,
{sender}`,
    },
    {
      subject: "Checking back",
      body: `{greeting}

I hope all is well. It's been about six weeks since the process for {theRole} was paused, so I thought I'd check back in.

If it has restarted, or is likely to, I'd be glad to pick up where we left off.

All the best,
{sender}`,
    },
    {
      subject: "Any update on the role?",
      body: `{greeting}

I'm following up on {theRole}, which was on hold when we last spoke. I remain keen on the team.

Is there a better time for me to check in again?

Kind regards,
{sender}`,
    },
  ],
  role_fit_question: [
    {
      subject: "Thank you, and a question about fit",
      body: `{greeting}

Thank you for your time and for being clear about {theRole}. I understand it needed a different background.

{topicLine}

Are there roles{atCompany} where you think my experience would be a better match? I'd be glad to hear your view whenever convenient.

Best regards,
{sender}`,
    },
    {
      subject: "Thanks, and where I might fit",
      body: `{greeting}

I appreciate the honest answer on {theRole}. It helps me aim better.

{topicLine}

If you see a kind of role on your side that suits my background more closely, I'd be grateful for a pointer.

All the best,
{sender}`,
    },
    {
      subject: "A follow-up question",
      body: `{greeting}

Thank you for letting me know about {theRole}. I'd still love to work with {company} one day.

Which openings, now or later, do you think would fit someone with my experience?

Kind regards,
{sender}`,
    },
  ],
  thanks_for_feedback: [
    {
      subject: "Thank you for the feedback",
      body: `{greeting}

Thank you for taking the time to write this. It is genuinely useful, and I'll put it to work.

I appreciate your honesty.

Best regards,
{sender}`,
    },
    {
      subject: "Much appreciated",
      body: `{greeting}

Thanks so much for the feedback. Very few people take the time to share it, and it gives me something concrete to focus on.

I'm grateful.

All the best,
{sender}`,
    },
    {
      subject: "Thanks for your thoughts",
      body: `{greeting}

I really appreciate you sharing your thoughts. They're clear and helpful, and I'll take them on board.

Thank you again for your time.

Kind regards,
{sender}`,
    },
  ],
  thanks_for_referral: [
    {
      subject: "Thank you so much",
      body: `{greeting}

Thank you for the introduction; that is very generous of you. I'll follow up and let you know how it goes.

If I can ever return the favour, please just ask.

Best regards,
{sender}`,
    },
    {
      subject: "Thank you for your help",
      body: `{greeting}

I'm really grateful for your offer to help. It means a lot at this stage of my search.

I'll keep you posted, and I'd be glad to help you or your network in any way I can.

All the best,
{sender}`,
    },
    {
      subject: "Many thanks",
      body: `{greeting}

Thank you for vouching for me. I don't take it for granted.

I'll tell you how things turn out, and please let me know if there's anything I can do in return.

Kind regards,
{sender}`,
    },
  ],
  introduction: [
    {
      subject: "Introduction via {referrer}",
      body: `{greeting}

{referrer} suggested I get in touch with you. I'm exploring my next role and would love to hear about your work{atCompany}.

Would you have 15 minutes for a short call in the coming weeks?

Best regards,
{sender}`,
    },
    {
      subject: "{referrer} suggested we talk",
      body: `{greeting}

I was put in touch with you by {referrer}, who thought we'd have a good conversation. I'm looking for my next challenge and would value your perspective.

Could we find a time for a quick chat?

All the best,
{sender}`,
    },
    {
      subject: "Hello from a contact of {referrer}",
      body: `{greeting}

{referrer} kindly gave me your name. I'd be grateful for a brief conversation about your team and what you look for in new colleagues.

Whenever suits you is fine.

Kind regards,
{sender}`,
    },
  ],
};

/** Voicemail scripts: short, spoken, one per purpose they stand in for. */
export const CALL_SCRIPTS: Partial<Record<MessageKind, readonly string[]>> = {
  appreciation: [
    "Hi {firstName}, it's {sender}. I'm calling to thank you for your time on {theRole}. I understand the decision and I wish you and the team well. No need to call back. Thanks again.",
    "Hello {firstName}, {sender} here. Just a quick call to say thank you for meeting with me{atCompany}. I really enjoyed it. All the best, and no need to call back.",
  ],
  check_in_90_day: [
    "Hi {firstName}, it's {sender}. It's been a few months since we spoke about {theRole}, and I wanted to say hello. I'm still very interested in {company}. If anything opens up, I'd love to hear from you. Thanks.",
    "Hello {firstName}, {sender} here, checking in a few months after my interviews for {theRole}. Still keen on the team. Feel free to call back if anything comes up. Have a good day.",
  ],
  on_hold_check_back: [
    "Hi {firstName}, it's {sender}. I'm calling about {theRole}, which was on hold when we last spoke. I'm still very interested, so I wanted to check whether there's any news. Thanks, and speak soon.",
  ],
  stay_in_touch: [
    "Hi {firstName}, it's {sender}. No particular reason for the call, just saying hello and hoping all is well{atCompany}. Take care.",
  ],
};
