import { mayView, type PortalSection } from '@signport/core';
import { ApiError } from '../../platform/errors/api-error.js';
import type { PortalClient } from './load-portal-clients.js';

/**
 * The viewer's clients whose grants open `section` (core `mayView`); 403 `forbidden` when none do,
 * so a portal never reads a section its agent did not grant.
 */
export function clientsGranting(clients: PortalClient[], section: PortalSection): PortalClient[] {
  const granting = clients.filter((client) => mayView(client, section));
  if (granting.length === 0) {
    throw new ApiError('forbidden', `Your agent has not shared ${section} with you.`);
  }
  return granting;
}
