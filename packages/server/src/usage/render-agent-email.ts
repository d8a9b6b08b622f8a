import type { Branding } from '@signport/core';

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => escapes[character] ?? character);
}

function paragraphs(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((block) => `<p>${escapeHtml(block).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

/** The HTML of an email sent on an agent's behalf: their colour, logo and signature block. */
export function renderAgentEmail(
  agent: { name: string; branding: Branding },
  text: string,
): string {
  const { branding } = agent;
  const colour = branding.color ?? '#1d4ed8';
  const logo = branding.logoUrl
    ? `<img src="${escapeHtml(branding.logoUrl)}" alt="${escapeHtml(agent.name)}" style="max-height:48px">`
    : '';
  const signature = paragraphs(branding.signatureBlock ?? agent.name);
  return (
    `<div style="font-family:system-ui,sans-serif;max-width:600px;border-top:4px solid ${colour};padding:16px">` +
    `${logo}${paragraphs(text)}<div style="color:#4b5563;margin-top:24px">${signature}</div></div>`
  );
}
