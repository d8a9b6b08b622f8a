// Plain Node ESM, no TypeScript and no loader: a host backend that sets up a signing with the SDK
// against the server started from the packed package. Prints what the browser page needs as JSON.
import { PDFDocument } from 'pdf-lib';
import { errorCodes } from '@signport/core';
import { ApiClient } from '@signport/core/client';
import { Signport, SignportError } from '@signport/core/server-sdk';
import { createApp } from '@signport/server';

const baseUrl = process.env.SIGNPORT_URL;
const signport = new Signport({ secretKey: process.env.SIGNPORT_SECRET_KEY, baseUrl });

if (typeof createApp !== 'function' || !errorCodes.includes('validation_failed')) {
  throw new Error('the packages do not export what they promise');
}

const agent = await signport.users.upsert('agent-42', {
  name: 'Dana Agent',
  email: 'dana@example.com',
});
const dana = signport.asUser('agent-42');

const pdf = await PDFDocument.create();
pdf.addPage([612, 792]).drawText('Residential Purchase Agreement', { x: 72, y: 700, size: 18 });
let template = await dana.templates.upload({
  name: 'Purchase Agreement',
  file: await pdf.save(),
  roles: [{ key: 'buyer', name: 'Buyer', order: 1 }],
  fields: [
    {
      id: 'buyer_name',
      name: 'Buyer full name',
      role: 'buyer',
      type: 'text',
      page: 1,
      rect: { x: 0.1, y: 0.3, width: 0.4, height: 0.04 },
    },
    {
      id: 'buyer_signature',
      name: 'Buyer signature',
      role: 'buyer',
      type: 'signature',
      page: 1,
      rect: { x: 0.1, y: 0.6, width: 0.4, height: 0.08 },
    },
  ],
});
for (let tries = 0; template.status === 'processing' && tries < 200; tries++) {
  await new Promise((resolve) => setTimeout(resolve, 100));
  template = await dana.templates.get(template.id);
}
if (template.status !== 'ready') throw new Error(`template ${template.status}`);

const session = await dana.sessions.create({
  templateId: template.id,
  parties: [{ role: 'buyer', name: 'Bob Buyer', email: 'bob@example.com' }],
  send: true,
});
const detail = await dana.sessions.get(session.id);
const link = await dana.sessions.partyLink(session.id, detail.parties[0].id);
const { token: embedToken } = await signport.embedTokens.create({ externalId: 'agent-42' });

// The browser client from @signport/core/client works in Node too.
const me = await new ApiClient({ baseUrl, token: embedToken }).me();
if (me.user.id !== agent.id) throw new Error('the embed token belongs to someone else');

const refused = await signport
  .asUser('agent-42')
  .sessions.get('ses_missing')
  .catch((error) => error);
if (!(refused instanceof SignportError) || refused.code !== 'not_found') throw refused;

console.log(JSON.stringify({ sessionId: session.id, partyToken: link.token, embedToken }));
