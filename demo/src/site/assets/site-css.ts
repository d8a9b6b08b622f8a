/** The whole stylesheet of the demo site: small enough to live in one string. */
export const siteCss = `
:root {
  --navy: #0b3954;
  --teal: #0f766e;
  --sand: #faf7f2;
  --ink: #1f2933;
  --muted: #52606d;
  --line: #e4ddd0;
  --card: #ffffff;
  --radius: 12px;
  /* The brokerage's teal on every Signport element: one design token, the rest is derived. */
  --signport-color-primary: var(--teal);
  color-scheme: light;
  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
  line-height: 1.5;
  color: var(--ink);
  background: var(--sand);
}
* { box-sizing: border-box; }
body { margin: 0; min-height: 100vh; display: flex; flex-direction: column; }
a { color: var(--teal); }
a:focus-visible, button:focus-visible, select:focus-visible { outline: 3px solid #5eead4; outline-offset: 2px; }
.wrap { width: 100%; max-width: 1080px; margin: 0 auto; padding: 0 20px; }

.site-header { background: var(--navy); color: #fdf6e9; }
.site-header .wrap { display: flex; flex-wrap: wrap; align-items: center; gap: 12px 24px; padding-top: 14px; padding-bottom: 14px; }
.brand { display: flex; align-items: center; gap: 10px; color: inherit; text-decoration: none; margin-right: auto; }
.brand img { width: 40px; height: 40px; }
.brand-name { font-family: Georgia, 'Times New Roman', serif; font-size: 1.35rem; font-weight: 700; letter-spacing: .01em; }
.brand-tag { display: block; font-size: .75rem; opacity: .75; letter-spacing: .08em; text-transform: uppercase; }

.user-switcher { display: flex; align-items: center; gap: 8px; font-size: .9rem; }
.user-switcher label { opacity: .85; white-space: nowrap; }
.user-switcher select, .user-switcher button {
  font: inherit; border-radius: 8px; border: 1px solid rgba(255,255,255,.35);
  background: rgba(255,255,255,.08); color: inherit; padding: 6px 10px;
}
.user-switcher select option { color: var(--ink); }
.user-switcher button { cursor: pointer; }
.js .user-switcher button { display: none; }

.site-nav { background: #0e4766; }
.site-nav ul { display: flex; flex-wrap: wrap; gap: 0 2px; list-style: none; margin: 0; padding: 0; }
.site-nav a {
  display: block; padding: 12px 9px; color: #e6f4f1; text-decoration: none; white-space: nowrap;
  border-bottom: 3px solid transparent; font-size: .95rem;
}
.site-nav a:hover { background: rgba(255,255,255,.06); }
.site-nav a[aria-current='page'] { border-bottom-color: #5eead4; color: #fff; font-weight: 600; }

main { flex: 1; padding: 32px 0 48px; }
h1 { font-family: Georgia, 'Times New Roman', serif; font-size: clamp(1.6rem, 4vw, 2.3rem); line-height: 1.2; margin: 0 0 12px; color: var(--navy); }
h2 { font-size: 1.1rem; margin: 0 0 8px; color: var(--navy); }
.lead { font-size: 1.1rem; color: var(--muted); max-width: 46rem; margin: 0 0 24px; }

.grid { display: grid; gap: 20px; grid-template-columns: repeat(auto-fit, minmax(min(100%, 300px), 1fr)); }
.card { background: var(--card); border: 1px solid var(--line); border-radius: var(--radius); padding: 20px 22px; box-shadow: 0 1px 2px rgba(11,57,84,.05); }
.card p { margin: 0 0 8px; }
.card p:last-child { margin-bottom: 0; }
.section-gap { margin-top: 20px; }
.start-here { margin-bottom: 20px; border-left: 5px solid var(--teal); }
.start-here ol { margin: 0; padding-left: 1.25rem; display: grid; gap: 6px; }

.signport-status { border-left: 5px solid var(--teal); }
.status-line { font-weight: 600; }
.status-line[data-state='loading'] { color: var(--muted); font-weight: 400; }
.status-line[data-state='error'] { color: #b42318; }
.status-detail { color: var(--muted); font-size: .92rem; }

.person { display: flex; gap: 14px; align-items: center; margin-bottom: 12px; }
.person img { width: 56px; height: 56px; border-radius: 14px; flex: none; }
.person strong { display: block; }
.person span { color: var(--muted); font-size: .92rem; overflow-wrap: anywhere; }

.page-list { list-style: none; margin: 0; padding: 0; display: grid; gap: 10px; }
.page-list a { font-weight: 600; }
.page-list span { display: block; color: var(--muted); font-size: .92rem; }

.placeholder {
  border: 2px dashed #b8c7c4; border-radius: var(--radius); padding: 36px 24px; text-align: center;
  background: repeating-linear-gradient(-45deg, #fff, #fff 12px, #f6faf9 12px, #f6faf9 24px); color: var(--muted);
}
.placeholder code { font-size: 1.05rem; color: var(--navy); background: #e6f4f1; padding: 2px 8px; border-radius: 6px; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }

.site-footer { border-top: 1px solid var(--line); background: #f3eee4; color: var(--muted); font-size: .9rem; }
.site-footer .wrap { display: flex; flex-wrap: wrap; gap: 8px 24px; justify-content: space-between; padding-top: 18px; padding-bottom: 18px; }
.site-footer ul { display: flex; flex-wrap: wrap; gap: 6px 18px; list-style: none; margin: 0; padding: 0; }

@media (max-width: 600px) {
  main { padding-top: 20px; }
  .brand { margin-right: 0; width: 100%; }
  .user-switcher { width: 100%; }
  .user-switcher select { flex: 1; min-width: 0; }
  .card { padding: 16px; }
  .site-nav ul { flex-wrap: wrap; gap: 0 2px; }
  .site-nav a { padding: 9px 10px; }
}
`;
