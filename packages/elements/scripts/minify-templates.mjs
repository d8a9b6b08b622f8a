// An esbuild plugin that shrinks the text of Lit's `html` and `css` tagged templates, which a JS
// minifier leaves as written: indentation alone is a fifth of an element's bytes before gzip.
import { readFile } from 'node:fs/promises';
import { transform } from 'esbuild';
import ts from 'typescript';

/** @returns {import('esbuild').Plugin} */
export function minifyTemplates() {
  return {
    name: 'minify-lit-templates',
    setup(build) {
      build.onLoad({ filter: /\/src\/.*\.ts$/ }, async ({ path }) => {
        const source = await readFile(path, 'utf8');
        if (!source.includes('html`') && !source.includes('css`')) return undefined;
        return { contents: await minifySource(path, source), loader: 'ts' };
      });
    },
  };
}

/** Rewrites every `html`/`css` template of a TypeScript source, leaving all other code as is. */
export async function minifySource(path, source) {
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true);
  /** @type {Array<{ start: number; end: number; text: Promise<string> | string }>} */
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag)) {
      if (node.tag.text === 'html') edits.push(...htmlEdits(node.template));
      if (node.tag.text === 'css') edits.push(...cssEdits(node.template));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let result = source;
  // From the end, so earlier offsets stay valid.
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start) + (await edit.text) + result.slice(edit.end);
  }
  return result;
}

/**
 * Whitespace that spans a line break becomes one space: the browser renders it the same between
 * tags and inside attribute lists, and the templates hold no `<pre>` whose layout depends on it.
 */
function htmlEdits(template) {
  return literalParts(template).map((part) => ({
    ...part,
    text: part.text.replace(/\s*\n\s*/g, ' '),
  }));
}

/** A stylesheet without interpolations goes through esbuild's CSS minifier. */
function cssEdits(template) {
  if (!ts.isNoSubstitutionTemplateLiteral(template)) return [];
  const [part] = literalParts(template);
  if (!part || /[\\`]/.test(part.text)) return [];
  // esbuild keeps custom properties' values as written; their spaces after `:` and `,` do nothing.
  const text = transform(part.text, { loader: 'css', minify: true }).then(({ code }) =>
    code
      .trim()
      .replace(/(--[\w-]+):\s+/g, '$1:')
      .replace(/(var\(--[\w-]+),\s+/g, '$1,'),
  );
  return [{ ...part, text }];
}

/** The raw text of each literal piece of a template, with its offsets in the source. */
function literalParts(template) {
  const pieces = ts.isNoSubstitutionTemplateLiteral(template)
    ? [template]
    : [template.head, ...template.templateSpans.map((span) => span.literal)];
  return pieces.map((piece) => {
    const start = piece.getStart() + 1;
    // A head or middle ends with `${`, a tail or whole template with a backtick.
    const end = piece.getEnd() - (ts.isTemplateTail(piece) || piece === template ? 1 : 2);
    return { start, end, text: piece.getSourceFile().text.slice(start, end) };
  });
}
