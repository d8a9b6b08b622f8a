/** What an inbound text asks for: the carrier keywords every sender must honour, or a reply. */
export type SmsKeyword = 'stop' | 'start' | 'help' | 'reply';

// The opt-out and opt-in words of US carriers (CTIA) and Twilio; not YES, a plain answer to a question.
const keywords: Record<string, SmsKeyword> = {
  STOP: 'stop',
  STOPALL: 'stop',
  UNSUBSCRIBE: 'stop',
  CANCEL: 'stop',
  END: 'stop',
  QUIT: 'stop',
  START: 'start',
  UNSTOP: 'start',
  HELP: 'help',
  INFO: 'help',
};

/**
 * Reads an inbound text as a keyword when it is one word on its own (any case, surrounding spaces
 * and punctuation ignored), as carriers do: "stop." opts out, "please stop texting me" is a reply.
 *
 * @example
 * smsKeyword(' Stop ') // 'stop'
 * smsKeyword('Can we meet?') // 'reply'
 */
export function smsKeyword(body: string): SmsKeyword {
  const word = body
    .trim()
    .replace(/[.!?]+$/, '')
    .toUpperCase();
  return keywords[word] ?? 'reply';
}
