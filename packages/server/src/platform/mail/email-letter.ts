/** The one thing an email asks its reader to do: a button in HTML, a labelled link in text. */
export interface EmailAction {
  /** The button's words, e.g. "Review and sign". */
  label: string;
  /** An absolute URL. */
  url: string;
}

/** What an email says, before it is laid out as text and HTML. */
export interface EmailLetter {
  /** Paragraphs separated by blank lines. */
  body: string;
  action?: EmailAction | undefined;
  /** Paragraphs after the action, e.g. how long the link works. */
  footnote?: string | undefined;
  /** Where the reader stops these emails (a plan's): a small link at the very end. */
  unsubscribeUrl?: string | undefined;
}

/**
 * The plain-text part: the body, the action as "Label: URL" (every client can open a bare link)
 * and the footnote, then the signature when there is one.
 */
export function letterText(letter: EmailLetter, signature?: string): string {
  return [
    letter.body,
    ...(letter.action ? [`${letter.action.label}: ${letter.action.url}`] : []),
    ...(letter.footnote ? [letter.footnote] : []),
    ...(signature ? [signature] : []),
    ...(letter.unsubscribeUrl ? [`Unsubscribe: ${letter.unsubscribeUrl}`] : []),
  ].join('\n\n');
}
