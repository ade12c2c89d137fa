/**
 * Turns the `@example` blocks of the JSDoc of a source file in src/ into a module of
 * checks, by way of generateDocChecks: each example becomes a TypeScript block of a
 * guide-like document, headed by an import of the public names it uses (from the
 * module's own subpath, `huikuan/<module>`, else from the root, `huikuan`), so an
 * example can only use what a user can import. Every `//=> value` is checked as in the
 * guides. Used by test/jsdoc.test.ts.
 *
 * Results may carry a note, as in the guides (`//=> '1000'  // 34 days past due`) or in
 * parentheses, as JSDoc usually has it (`//=> '1000'  (34 days past due)`).
 */
import { generateDocChecks } from './generateDocChecks.mjs';

/** The import a file of src/ is documented under: `huikuan/<module>`, or `huikuan` for the root and core/. */
export function specifierOf(file) {
  const m = /(?:^|\/)src\/([^/]+)\//.exec(file.replace(/\\/g, '/'));
  return !m || m[1] === 'core' ? 'huikuan' : `huikuan/${m[1]}`;
}

/**
 * Every `@example` of the JSDoc comments of `source`: the line of its tag and its code
 * lines, each with its line in `source` (both 1-based). An example runs to the next
 * block tag or the end of its comment; if it holds a fenced block, only the fenced
 * TypeScript is code.
 */
export function extractExamples(source) {
  const lines = source.split('\n');
  const examples = [];
  let inComment = false;
  let current = null;
  const close = () => {
    if (current) examples.push(unfence(current));
    current = null;
  };
  for (let i = 0; i < lines.length; i++) {
    let text = lines[i];
    if (!inComment) {
      const open = text.indexOf('/**');
      if (open === -1) continue;
      inComment = true;
      text = text.slice(open + 3);
    }
    const end = text.indexOf('*/');
    if (end !== -1) text = text.slice(0, end);
    text = text.replace(/^\s*\*(?: |$)/, '');
    const tag = /^\s*@(\w+)/.exec(text);
    if (tag) {
      close();
      if (tag[1] === 'example') current = { line: i + 1, code: [], lines: [] };
    } else if (current) {
      current.code.push(text.replace(/\s+$/, ''));
      current.lines.push(i + 1);
    }
    if (end !== -1) {
      inComment = false;
      close();
    }
  }
  return examples.map((e) => {
    while (e.code.length > 0 && e.code[e.code.length - 1] === '') { e.code.pop(); e.lines.pop(); }
    while (e.code.length > 0 && e.code[0] === '') { e.code.shift(); e.lines.shift(); }
    return e;
  });
}

/** Keeps only the fenced TypeScript of an example that has fences. */
function unfence(example) {
  if (!example.code.some((l) => /^\s*```/.test(l))) return example;
  const code = [], lines = [];
  let inTs = false;
  example.code.forEach((l, k) => {
    const fence = /^\s*```(\w*)/.exec(l);
    if (fence) { inTs = !inTs && ['', 'ts', 'typescript', 'js'].includes(fence[1]); return; }
    if (inTs) { code.push(l); lines.push(example.lines[k]); }
  });
  return { line: example.line, code, lines };
}

/** Whether `src` parses as a JavaScript expression (it is not run). */
function parses(src) {
  try {
    new Function(`return (${src}\n);`);
    return true;
  } catch {
    return false;
  }
}

/**
 * The line with the note after its `//=>` result in the form generateDocChecks reads
 * (`//=> value  // note`): a trailing note in parentheses, or after `//`.
 */
export function normaliseResultNote(line) {
  const at = line.indexOf('//=> ');
  if (at === -1) return line;
  const head = line.slice(0, at + 5);
  const result = line.slice(at + 5).trim();
  // A value followed by a space and a parenthesis is a value and a note: no result
  // is a call (`'2026-02-28'  (monthly)` parses, as a call of a string).
  if (result.endsWith(')')) {
    let depth = 0;
    for (let k = result.length - 1; k >= 0; k--) {
      if (result[k] === ')') depth++;
      else if (result[k] === '(' && --depth === 0) {
        const value = result.slice(0, k);
        if (/\s$/.test(value) && parses(value.trim())) return `${head}${value.trim()}  // ${result.slice(k)}`;
        break;
      }
    }
  }
  if (parses(result)) return head + result;
  const slash = /^(.*?)\s+\/\/\s?(.*)$/.exec(result);
  if (slash && parses(slash[1])) return `${head}${slash[1]}  // ${slash[2]}`;
  return line;
}

/** The identifiers an example's code uses (outside strings and comments), less those it declares. */
function namesUsed(code) {
  const text = code
    .join('\n')
    .replace(/\/\/.*$/gm, '')
    // Strings are no names, but the expressions of a template literal are.
    .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, (literal) =>
      literal.startsWith('`') ? ` ${[...literal.matchAll(/\$\{([^}]*)\}/g)].map((m) => m[1]).join(' ; ')} ` : '""',
    )
    .replace(/\.\.\./g, ' '); // a spread is no property access
  const declared = new Set();
  for (const m of text.matchAll(/\b(?:const|let|var|function|class)\s+([A-Za-z_$][\w$]*)/g)) declared.add(m[1]);
  for (const m of text.matchAll(/\b(?:const|let|var)\s*[{[]([^}\]=]*)[}\]]\s*=/g))
    for (const n of m[1].split(',')) { const name = n.split(':').pop()?.trim(); if (name) declared.add(name); }
  for (const m of text.matchAll(/^\s*import\s*\{([^}]*)\}/gm))
    for (const n of m[1].split(',')) declared.add(n.replace(/^\s*type\s+/, '').split(/\s+as\s+/).pop().trim());
  const used = new Set();
  for (const m of text.matchAll(/(?<![\w$.])[A-Za-z_$][\w$]*/g)) if (!declared.has(m[0])) used.add(m[0]);
  return used;
}

/**
 * The checks of every `@example` in `source`.
 *
 * @param {string} source  a TypeScript file of src/
 * @param {{ specifier: string, exports: Record<string, readonly string[]> }} options
 *   `specifier`: the import its examples are written against (see specifierOf);
 *   `exports`: the runtime export names of `huikuan` and of each `huikuan/<module>`.
 * @returns `module`: the source of a module exporting `results` (see generateDocChecks);
 *   `examples`: each example's tag line and number of `//=>` results; `checks`: their
 *   total; `sourceLine(line)`: the line of `source` that a line of the module's
 *   failure messages stands for.
 */
export function generateJsdocChecks(source, { specifier, exports }) {
  const own = new Set(exports[specifier] ?? []);
  const root = new Set(exports.huikuan ?? []);
  const doc = [];
  const map = new Map();
  const examples = [];
  for (const example of extractExamples(source)) {
    const used = namesUsed(example.code);
    const fromOwn = [...used].filter((n) => own.has(n)).sort();
    const fromRoot = specifier === 'huikuan' ? [] : [...used].filter((n) => !own.has(n) && root.has(n)).sort();
    doc.push('```ts');
    if (fromOwn.length > 0) doc.push(`import { ${fromOwn.join(', ')} } from '${specifier}';`);
    if (fromRoot.length > 0) doc.push(`import { ${fromRoot.join(', ')} } from 'huikuan';`);
    example.code.forEach((line, k) => {
      doc.push(normaliseResultNote(line));
      map.set(doc.length, example.lines[k]);
    });
    doc.push('```', '');
    examples.push({ line: example.line, checks: example.code.filter((l) => /\/\/=> /.test(l)).length, fromRoot });
  }
  return {
    module: generateDocChecks(doc.join('\n')),
    examples,
    checks: examples.reduce((n, e) => n + e.checks, 0),
    sourceLine: (line) => map.get(line),
  };
}
