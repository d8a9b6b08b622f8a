/** The parts of the client portal an agent can open to a client. */
export const portalSections = [
  'documents',
  'feedback',
  'showings',
  'offers',
  'messages',
  'activity',
  'signings',
] as const;
export type PortalSection = (typeof portalSections)[number];

export const clientStatuses = ['active', 'inactive'] as const;
export type ClientStatus = (typeof clientStatuses)[number];

export interface PortalViewer {
  status: ClientStatus;
  grants: readonly PortalSection[];
}

/** An inactive client sees nothing, whatever was granted before. */
export function mayView(access: PortalViewer, section: PortalSection): boolean {
  return access.status === 'active' && access.grants.includes(section);
}

/** The sections to show, in the portal's own order. */
export function visibleSections(access: PortalViewer): PortalSection[] {
  return portalSections.filter((section) => mayView(access, section));
}
