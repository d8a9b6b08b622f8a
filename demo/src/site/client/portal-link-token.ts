/**
 * On the client portal page: the server already handed the emailed link's token to
 * `<client-portal-login>`, so take the single-use token out of the address bar and history.
 */
export function dropPortalLinkToken(): void {
  const params = new URLSearchParams(location.search);
  if (params.has('activate') || params.has('reset')) {
    history.replaceState(null, '', location.pathname);
  }
}
