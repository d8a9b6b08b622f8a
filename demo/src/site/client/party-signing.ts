/** What `signport-complete` tells the page (see the elements' documentation). */
type CompleteEvent = CustomEvent<{ documentUrl: string | undefined }>;

/**
 * Around `<sign-session>` on a party's page: a friendly word from the brokerage when the party has
 * signed or declined. The element itself shows the download link when the document is complete.
 */
export function showSigningOutcome(signing: HTMLElement, note: HTMLElement): void {
  const say = (message: string) => {
    note.textContent = message;
    note.hidden = false;
  };
  signing.addEventListener('signport-complete', (event) => {
    say(
      (event as CompleteEvent).detail.documentUrl
        ? 'Thank you! Everyone has signed: the sealed agreement is ready to download below, and a copy is on its way to your inbox.'
        : 'Thank you! Your signature is recorded. We will email you the completed agreement once everyone has signed.',
    );
  });
  signing.addEventListener('signport-decline', () => {
    say('You declined to sign. Your agent at Shoreline Realty has been told and will be in touch.');
  });
}
