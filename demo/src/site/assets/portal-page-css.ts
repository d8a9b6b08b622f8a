/** Styles of the "Client login", client portal and "Team plans" pages. */
export const portalPageCss = `
.client-item { border: 1px solid var(--line); border-radius: 10px; padding: 10px 12px; display: grid; gap: 4px; }
.client-item[data-status='inactive'] { background: #faf9f7; }
.client-actions { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 16px; }
.client-list { margin-bottom: 12px; }
.badge-client-active { background: #dcfce7; color: #166534; }
.badge-client-inactive { background: #e5e7eb; color: #374151; }
.badge-unread { background: #fef3c7; color: #92400e; }
.access-slot portal-access-setup, .defaults-slot plan-defaults { display: block; }
.access-slot + .status-detail, .defaults-slot + .status-detail { margin-top: 12px; }
.client-meta::first-letter { text-transform: uppercase; }
/* A wide table in the portal (the feedback report on a phone) scrolls inside the card, not the page. */
.portal-slot { background: var(--card); border: 1px solid var(--line); border-radius: var(--radius); padding: 20px 22px; margin-bottom: 16px; max-width: 760px; overflow-x: auto; }
.portal-slot client-portal-login, .portal-slot client-portal { display: block; }
.member-list, .plan-list { list-style: none; margin: 0 0 10px; padding: 0; display: grid; gap: 10px; }
.member-list li { display: grid; }
.plan-item { border: 1px solid var(--line); border-radius: 10px; padding: 10px 12px; }
.plan-steps { margin: 8px 0 0; padding-left: 1.3rem; display: grid; gap: 6px; }
.plan-steps .badge { margin-right: 4px; }
@media (max-width: 600px) {
  .portal-slot { padding: 14px 12px; }
}
`;
