// A host page built by Vite: the signer's <sign-session> through the React wrapper, and the agent's
// <sender-picker> as a plain custom element.
import { createRoot } from 'react-dom/client';
import { SignSession } from '@signport/react';
import '@signport/elements';
import type { SenderPicker, SignportErrorEvent, TokenProvider } from '@signport/elements';

const params = new URLSearchParams(location.search);
const api = params.get('api') ?? '';
const partyToken = params.get('party') ?? '';
const embedToken: TokenProvider = () => params.get('embed') ?? undefined;

function SignPage() {
  return (
    <SignSession
      api={api}
      token={partyToken}
      onSignportReady={() => (document.body.dataset['signReady'] = 'yes')}
      onSignportError={(event: SignportErrorEvent) =>
        (document.body.dataset['signError'] = event.detail.code)
      }
    />
  );
}

const picker: SenderPicker = document.createElement('sender-picker');
picker.setAttribute('api', api);
picker.tokenProvider = embedToken;
picker.addEventListener('signport-ready', () => (document.body.dataset['pickerReady'] = 'yes'));
document.body.append(picker);

createRoot(document.getElementById('app')!).render(<SignPage />);
