/** 0 very weak … 4 very strong. */
export type StrengthScore = 0 | 1 | 2 | 3 | 4;

export interface PasswordStrength {
  score: StrengthScore;
  /** Whether a common password or a run such as `abc`, `321` or `aaa` gave part of it away. */
  guessable: boolean;
}

// A short list on purpose: a dictionary would not fit the element's 12 KB budget, and the server
// enforces the rules that matter; this steers people away from the worst choices as they type.
const COMMON =
  /password|passw0rd|qwerty|azerty|asdf|letmein|welcome|admin|iloveyou|monkey|dragon|sunshine|football|baseball|princess|trustno1|superman|starwars|secret|hello/g;
const CLASSES = [/[a-z]/, /[A-Z]/, /\d/, /[^a-zA-Z\d]/];
const POOLS = [26, 26, 10, 33];

/**
 * A small estimate of how guessable a password is: its length times the bits of its character
 * classes, not counting what common passwords and runs of repeated or consecutive characters give away.
 */
export function passwordStrength(password: string): PasswordStrength {
  const lower = password.toLowerCase();
  let weak = 0;
  for (let i = 2; i < lower.length; i++) {
    const step = lower.charCodeAt(i) - lower.charCodeAt(i - 1);
    if (step === lower.charCodeAt(i - 1) - lower.charCodeAt(i - 2) && step * step <= 1) weak++;
  }
  for (const [word] of lower.matchAll(COMMON)) weak += word.length;
  const pool = CLASSES.reduce(
    (size, pattern, index) => size + (pattern.test(password) ? POOLS[index]! : 0),
    0,
  );
  const bits = Math.max(0, password.length - weak) * Math.log2(pool || 1);
  return {
    score: bits < 30 ? 0 : bits < 45 ? 1 : bits < 60 ? 2 : bits < 80 ? 3 : 4,
    guessable: weak > 0,
  };
}
