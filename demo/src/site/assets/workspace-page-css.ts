/** Styles of the agent's workspace pages: the client list beside the client's detail. */
export const workspacePageCss = `
.workspace-layout { display: grid; gap: 20px; align-items: start; }
@media (min-width: 1000px) { .workspace-layout { grid-template-columns: minmax(280px, 1fr) minmax(0, 2.6fr); } }
/* On a phone the opened client comes first; the list follows. */
@media (max-width: 999px) { .workspace-layout.has-detail .workspace-detail { order: -1; } }
`;
