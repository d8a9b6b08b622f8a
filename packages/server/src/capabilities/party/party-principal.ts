/** Which party of which session a valid party token opens. */
export interface PartyPrincipal {
  accountId: string;
  sessionId: string;
  partyId: string;
}
