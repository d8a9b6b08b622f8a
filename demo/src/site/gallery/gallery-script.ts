/**
 * The gallery page's own script: puts each saving tile in its saving state once its element has
 * loaded, as a person would (the fake API never answers the change), and marks the tile
 * `data-pressed` when done. Kept as a string: it runs in the browser as written.
 */
export const galleryScript = `
  function deep(root) {
    return [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? deep(el.shadowRoot) : [])]);
  }
  const type = (input, value, event) => {
    input.value = value;
    input.dispatchEvent(new Event(event, { bubbles: true, composed: true }));
  };
  // What starts a save in each element: a form sent, or a value typed.
  const save = {
    'sign-session': (root) => {
      const input = deep(root).find((el) => el instanceof HTMLInputElement && el.type === 'text');
      return input && (type(input, 'Bea Q. Buyer', 'input'), true);
    },
    'template-builder': (root) => {
      const input = root.getElementById('template-name');
      return input && (type(input, 'Residential Purchase Agreement 2026', 'change'), true);
    },
  };
  const submit = (root) => {
    const form = root.querySelector('form');
    return form && (form.requestSubmit(), true);
  };
  for (const section of document.querySelectorAll('section[data-state="saving"]')) {
    const element = section.querySelector(':scope > h3 + *');
    const start = save[section.dataset.element] || submit;
    const timer = setInterval(() => {
      if (!element.shadowRoot || !start(element.shadowRoot)) return;
      clearInterval(timer);
      section.dataset.pressed = 'true';
    }, 50);
  }
`;
