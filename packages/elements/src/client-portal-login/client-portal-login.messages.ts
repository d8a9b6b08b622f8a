import { addMessages } from '../base/messages.js';

// Short on purpose (the element has a 12 KB budget); `{name}` placeholders are filled where used.
const english = {
  loginTitle: 'Sign in',
  loginUsername: 'Username',
  loginPassword: 'Password',
  loginSubmit: 'Sign in',
  loginBusy: 'Please wait…',
  loginForgot: 'Forgot your password?',
  loginBack: 'Back to sign in',
  loginShow: 'Show password',
  // The toggle's visible text; its accessible name stays `loginShow`, which starts with it.
  loginShowShort: 'Show',
  loginRequired: 'Fill in this field.',
  loginForgotTitle: 'Reset your password',
  loginForgotSubmit: 'Email me a link',
  loginForgotSent: 'If that username exists, we have emailed it a link to choose a new password.',
  loginLinkAsk: 'Email me a sign-in link',
  loginLinkSent:
    'If that username exists, we have emailed it a link to sign in. It works once, for 15 minutes.',
  loginNewTitle: 'Choose your password',
  loginNewPassword: 'New password',
  loginNewSubmit: 'Save password',
  loginNewHint: 'At least {min} characters. A few unrelated words make it strong.',
  loginTooShort: 'Use at least {min} characters.',
  loginTooWeak: 'Too easy to guess. Make it longer or less common.',
  loginStrength: 'Strength: {level}.',
  loginLevels: 'very weak|weak|fair|strong|very strong',
  loginGuessable: 'Avoid common passwords, sequences and repeated characters.',
  loginTooMany: 'Too many attempts, try again in {minutes}.',
  loginSignedOut: 'You have been signed out.',
} as const;

export type ClientPortalLoginMessages = typeof english;

declare module '../base/messages.js' {
  // Merges this element's keys into the shared catalogue's type.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface SignportMessages extends ClientPortalLoginMessages {}
}

addMessages('en', english);
