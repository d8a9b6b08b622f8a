/** Styles of the "Sign a document" page: the send form, the documents list and the signing view. */
export const signPageCss = `
.sign-layout { display: grid; gap: 20px; grid-template-columns: repeat(auto-fit, minmax(min(100%, 340px), 1fr)); align-items: start; }
.send-form fieldset { border: 0; padding: 0; margin: 0 0 14px; min-width: 0; }
.send-form legend { font-weight: 600; color: var(--navy); padding: 0; margin-bottom: 6px; }
.form-row { display: grid; gap: 0 14px; grid-template-columns: repeat(auto-fit, minmax(min(100%, 180px), 1fr)); }
.form-field { display: block; margin-bottom: 10px; }
.form-field span { display: block; font-size: .88rem; color: var(--muted); margin-bottom: 3px; }
.form-field input {
  width: 100%; font: inherit; padding: 8px 10px; border: 1px solid #c9c1b2; border-radius: 8px; background: #fff; color: var(--ink);
}
.form-field input:focus-visible { outline: 3px solid #5eead4; outline-offset: 1px; border-color: var(--teal); }
.form-field input[aria-invalid='true'] { border-color: #b42318; box-shadow: 0 0 0 1px #b42318; }
.form-hint { font-size: .85rem; color: var(--muted); margin: 0; }
.form-actions { display: flex; flex-wrap: wrap; align-items: center; gap: 10px 16px; }
.form-status { margin: 0; font-size: .95rem; }
.form-status[data-state='sent'] { color: var(--teal); font-weight: 600; }
.form-status[data-state='error'], .form-error { color: #b42318; font-weight: 600; }
.button {
  font: inherit; font-weight: 600; cursor: pointer; border-radius: 8px; padding: 9px 16px;
  border: 1px solid var(--teal); background: var(--teal); color: #fff;
}
.button:hover { background: #0b5f58; }
.button:disabled { opacity: .6; cursor: progress; }
.button-quiet { background: #fff; color: var(--teal); padding: 5px 12px; font-size: .9rem; }
.button-quiet:hover { background: #e6f4f1; }
.card-heading { display: flex; align-items: center; justify-content: space-between; gap: 12px; margin-bottom: 8px; }
.card-heading h2 { margin: 0; }
.session-list { margin-bottom: 12px; }
.session-items { list-style: none; margin: 0; padding: 0; display: grid; gap: 10px; }
.session-item { border: 1px solid var(--line); border-radius: 10px; padding: 10px 12px; display: grid; gap: 4px; justify-items: start; }
.session-title { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 10px; }
.session-parties { list-style: none; margin: 0; padding: 0; font-size: .92rem; }
.badge { font-size: .78rem; font-weight: 600; border-radius: 999px; padding: 1px 9px; background: #e6eef2; color: var(--navy); }
.badge-completed { background: #dcfce7; color: #166534; }
.badge-declined, .badge-voided, .badge-expired { background: #fee4e2; color: #912018; }
.badge-in_progress, .badge-sent { background: #fef3c7; color: #92400e; }
.signing-slot sign-session { display: block; width: 100%; }
.signing-note { background: #e6f4f1; border: 1px solid #99d5cb; border-radius: var(--radius); padding: 12px 16px; margin: 0 0 20px; font-weight: 600; color: #0b5f58; }
@media (max-width: 600px) {
  /* On a phone every pixel of the document counts: let it use most of the side margins. */
  .signing-slot { margin: 0 -12px; }
}
`;
