// Minifies the static text of Lit's tagged template literals in TypeScript/JavaScript source:
// css`…` (comments dropped, whitespace collapsed, spaces around punctuation removed) and
// html`…` / svg`…` (runs of whitespace collapsed to one space, which renders the same: no
// element of ours keeps whitespace with <pre> or `white-space: pre`). Expressions `${…}` are kept
// as they are, and templates nested in them are minified too. Terser leaves template literals
// alone, and our styles are most of the elements' bytes.

/** Minifies one static chunk of CSS (the text between two `${}` expressions). */
export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}');
}

/** Minifies one static chunk of HTML or SVG markup. */
export function minifyMarkup(text) {
  return text.replace(/\s+/g, ' ');
}

const TAGS = { css: minifyCss, html: minifyMarkup, svg: minifyMarkup, staticHtml: minifyMarkup };

/**
 * Returns `source` with the tagged templates minified. A scanner, not a parser: it skips
 * strings, comments and regular-expression-free code well enough for our sources; anything it
 * does not understand it leaves unchanged.
 */
export function minifyTemplateLiterals(source) {
  let out = '';
  let i = 0;
  const n = source.length;

  // Copies a template literal starting at the backtick at `i`; `minify` (or none) for its chunks.
  function template(minify) {
    out += '`';
    i++;
    let chunk = '';
    const flush = () => {
      out += minify ? minify(chunk) : chunk;
      chunk = '';
    };
    while (i < n) {
      const c = source[i];
      if (c === '\\') {
        chunk += source.slice(i, i + 2);
        i += 2;
      } else if (c === '`') {
        flush();
        out += '`';
        i++;
        return;
      } else if (c === '$' && source[i + 1] === '{') {
        flush();
        out += '${';
        i += 2;
        code(true);
      } else {
        chunk += c;
        i++;
      }
    }
    flush();
  }

  // Copies code up to and including the `}` that closes an expression (`inExpression`), or to the end.
  function code(inExpression) {
    let depth = 0;
    while (i < n) {
      const c = source[i];
      if (c === '"' || c === "'") {
        const start = i++;
        while (i < n && source[i] !== c) i += source[i] === '\\' ? 2 : 1;
        i++;
        out += source.slice(start, i);
      } else if (c === '/' && source[i + 1] === '/') {
        const end = source.indexOf('\n', i);
        const stop = end === -1 ? n : end;
        out += source.slice(i, stop);
        i = stop;
      } else if (c === '/' && source[i + 1] === '*') {
        const end = source.indexOf('*/', i + 2);
        const stop = end === -1 ? n : end + 2;
        out += source.slice(i, stop);
        i = stop;
      } else if (c === '`') {
        const tag = /([A-Za-z_$][\w$]*)\s*$/.exec(out)?.[1];
        template(TAGS[tag]);
      } else if (c === '{') {
        depth++;
        out += c;
        i++;
      } else if (c === '}') {
        out += c;
        i++;
        if (depth === 0 && inExpression) return;
        depth--;
      } else {
        out += c;
        i++;
      }
    }
  }

  code(false);
  return out;
}
