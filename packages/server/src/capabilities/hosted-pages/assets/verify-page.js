// The hosted verify page's script: sends the dropped or chosen PDF to POST /v1/verify and shows the
// verdict. Plain DOM and textContent only: the page allows no inline script or style.

/** The page's texts in its language, written by the server into `#verify`'s `data-texts`. */
const texts = JSON.parse(document.getElementById('verify')?.dataset.texts ?? '{}');

/** @param {string} key @param {Record<string, string | number>} [params] */
function t(key, params = {}) {
  return String(texts[key] ?? key).replace(/\{(\w+)\}/g, (whole, name) =>
    String(params[name] ?? whole),
  );
}

const zone = document.getElementById('verify-drop');
const input = document.getElementById('verify-file');
const result = document.getElementById('verify-result');

/** @param {string} iso */
function formatDate(iso) {
  return new Date(iso).toLocaleString(document.documentElement.lang || undefined, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  });
}

/**
 * @param {string} tag
 * @param {string} [text]
 * @param {string} [className]
 */
function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/**
 * @param {'checking' | 'valid' | 'invalid' | 'error'} state
 * @param {Node[]} children
 */
function show(state, children) {
  result.className = `result ${state}`;
  result.replaceChildren(...children);
  result.hidden = false;
}

/** @param {HTMLDListElement} list @param {string} term @param {Node | string} value */
function addRow(list, term, value) {
  const dd = element('dd');
  dd.append(value);
  list.append(element('dt', term), dd);
}

/** @param {string} fileName @param {any} verdict */
function showValid(fileName, verdict) {
  const details = /** @type {HTMLDListElement} */ (element('dl'));
  if (verdict.documentName) addRow(details, t('verifyDocument'), verdict.documentName);
  if (verdict.completedAt) addRow(details, t('verifyCompleted'), formatDate(verdict.completedAt));
  const parties = element('ul', undefined, 'parties');
  for (const party of verdict.parties ?? []) {
    const signed = party.signedAt ? t('verifySignedOn', { date: formatDate(party.signedAt) }) : '';
    parties.append(element('li', `${party.name} (${party.role})${signed}`));
  }
  addRow(details, t('verifySignedBy'), parties);
  addRow(details, t('verifyFile'), fileName);
  show('valid', [
    element('h2', t('verifyValidTitle')),
    element('p', t('verifyValidBody')),
    details,
  ]);
}

/** @param {string} fileName @param {string | undefined} reason */
function showInvalid(fileName, reason) {
  show('invalid', [
    element('h2', t('verifyInvalidTitle')),
    element(
      'p',
      reason && texts[`verify_${reason}`] ? t(`verify_${reason}`) : t('verifyInvalidFallback'),
    ),
    element('p', t('verifyInvalidHint', { file: fileName }), 'hint'),
  ]);
}

/** @param {File} file */
async function check(file) {
  show('checking', [element('p', t('verifyChecking', { file: file.name }))]);
  const body = new FormData();
  body.set('file', file, file.name);
  try {
    const response = await fetch('/v1/verify', { method: 'POST', body });
    const answer = await response.json();
    if (!response.ok) {
      show('error', [
        element('h2', t('verifyErrorTitle')),
        element(
          'p',
          answer?.error?.message ?? t('verifyServerAnswered', { status: response.status }),
        ),
      ]);
    } else if (answer.valid) {
      showValid(file.name, answer);
    } else {
      showInvalid(file.name, answer.reason);
    }
  } catch {
    show('error', [element('h2', t('verifyErrorTitle')), element('p', t('verifyUnreachable'))]);
  }
  result.focus();
}

input.addEventListener('change', () => {
  const [file] = input.files ?? [];
  if (file) void check(file);
  input.value = '';
});
zone.addEventListener('dragover', (event) => {
  event.preventDefault();
  zone.classList.add('dragging');
});
zone.addEventListener('dragleave', () => zone.classList.remove('dragging'));
zone.addEventListener('drop', (event) => {
  event.preventDefault();
  zone.classList.remove('dragging');
  const [file] = event.dataTransfer?.files ?? [];
  if (file) void check(file);
});
