/** Where a session's document is downloaded; signed (with an expiry) before it is handed to a party. */
export function sessionDocumentPath(sessionId: string): string {
  return `/v1/sessions/${sessionId}/document.pdf`;
}
