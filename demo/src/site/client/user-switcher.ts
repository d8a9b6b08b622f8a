/** Switches user as soon as another one is chosen; the form's button remains for no-script visitors. */
export function submitUserSwitcherOnChange(form: HTMLFormElement): void {
  form.querySelector('select')?.addEventListener('change', () => form.requestSubmit());
}
