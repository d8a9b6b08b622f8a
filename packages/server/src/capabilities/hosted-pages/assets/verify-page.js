// The hosted verify page's script: sends the dropped or chosen PDF to POST /v1/verify and shows the
// verdict. Plain DOM and textContent only: the page allows no inline script or style.

const reasons = {
  not_sealed:
    'This PDF carries no Signport seal. It may be an unsigned copy, or a copy printed or saved again as a new PDF.',
  incomplete_coverage: 'Something was added to or removed from this PDF after it was sealed.',
  digest_mismatch: 'This PDF was changed after it was sealed.',
  bad_signature: 'The seal on this PDF is damaged.',
  malformed: 'The seal on this PDF is not one Signport makes.',
  unknown_signer: 'This PDF was sealed by someone else, not by this Signport server.',
  unknown_document:
    'The seal is ours, but this exact file is not one of the documents completed here.',
};

const zone = document.getElementById('verify-drop');
const input = document.getElementById('verify-file');
const result = document.getElementById('verify-result');

/** @param {string} iso */
function formatDate(iso) {
  return new Date(iso).toLocaleString(undefined, {
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
  if (verdict.documentName) addRow(details, 'Document', verdict.documentName);
  if (verdict.completedAt) addRow(details, 'Completed', formatDate(verdict.completedAt));
  const parties = element('ul', undefined, 'parties');
  for (const party of verdict.parties ?? []) {
    const signed = party.signedAt ? `, signed ${formatDate(party.signedAt)}` : '';
    parties.append(element('li', `${party.name} (${party.role})${signed}`));
  }
  addRow(details, 'Signed by', parties);
  addRow(details, 'File', fileName);
  show('valid', [
    element('h2', 'Sealed and unaltered'),
    element(
      'p',
      'This is the document Signport sealed when everyone had signed. Not a byte has changed since.',
    ),
    details,
  ]);
}

/** @param {string} fileName @param {string | undefined} reason */
function showInvalid(fileName, reason) {
  show('invalid', [
    element('h2', 'Not verified'),
    element('p', reasons[reason] ?? 'This file could not be verified.'),
    element(
      'p',
      `File: ${fileName}. Ask the sender for the copy attached to their “Completed” email, and check that one.`,
      'hint',
    ),
  ]);
}

/** @param {File} file */
async function check(file) {
  show('checking', [element('p', `Checking ${file.name}…`)]);
  const body = new FormData();
  body.set('file', file, file.name);
  try {
    const response = await fetch('/v1/verify', { method: 'POST', body });
    const answer = await response.json();
    if (!response.ok) {
      show('error', [
        element('h2', 'The file could not be checked'),
        element('p', answer?.error?.message ?? `The server answered ${response.status}.`),
      ]);
    } else if (answer.valid) {
      showValid(file.name, answer);
    } else {
      showInvalid(file.name, answer.reason);
    }
  } catch {
    show('error', [
      element('h2', 'The file could not be checked'),
      element('p', 'The server could not be reached. Check your connection and try again.'),
    ]);
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
