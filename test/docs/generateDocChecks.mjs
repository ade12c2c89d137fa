/**
 * Turns the TypeScript blocks of a guide in docs/ into a module of checks: every line
 * ending in `//=> value` (or followed by one) is evaluated and compared with the value,
 * `//=> throws HuikuanError 'code'` expects that error. Imports of `huikuan/...` are
 * mapped to src/. Used by test/docs.test.ts, so the guides cannot drift from the code.
 */

/** Where each import of the guides comes from, relative to the generated module (test/.generated/). */
const paths = {
  huikuan: '../../src/index.ts',
  'huikuan/money': '../../src/money/index.ts',
  'huikuan/calendar': '../../src/calendar/index.ts',
  'huikuan/instalments': '../../src/instalments/index.ts',
  'huikuan/ageing': '../../src/ageing/index.ts',
  'huikuan/credit': '../../src/credit/index.ts',
  'huikuan/escalation': '../../src/escalation/index.ts',
  'huikuan/commission': '../../src/commission/index.ts',
  'decimal.js': 'decimal.js',
};

/** The source of a module that runs every check of `doc` and exports `results`. */
export function generateDocChecks(doc) {
  const fence = /^```(\w*)\n([\s\S]*?)^```$/gm;
  
  const modAlias = new Map();
  const body = [];
  let m, blockNo = 0;
  const docLineOf = (idx) => doc.slice(0, idx).split('\n').length;
  while ((m = fence.exec(doc))) {
    const [, lang, code] = m;
    const startLine = docLineOf(m.index) + 1;
    if (lang === 'json') {
      body.push(`{ const __j = JSON.parse(${JSON.stringify(code)}); if ('weekend' in __j) __cal.BusinessCalendarSchema.parse(__j); __ok++; }`);
      continue;
    }
    if (lang !== 'ts' && lang !== 'typescript') continue;
    blockNo++;
    const lines = code.replace(/^import \{([^}]*)\}/gm, (all, names) => 'import {' + names.replace(/\s+/g, ' ') + '}').split('\n');
    if (lines.length !== code.split('\n').length) {} // line numbers shift after collapsed imports
    const out = [];
    let depth = 0, stmtStart = 0, lastStmt = null, atStart = true;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      const lineNo = startLine + i;
      const im = /^import\s+(?:(\w+)|\{([^}]*)\})\s+from\s+'([^']+)';\s*$/.exec(line);
      if (im) {
        const p = paths[im[3]];
        if (!p) throw new Error(`line ${lineNo}: unknown import ${im[3]}`);
        if (!modAlias.has(p)) modAlias.set(p, `__m${modAlias.size}`);
        const alias = modAlias.get(p);
        if (im[1]) out.push(`const ${im[1]} = ${alias}.default;`);
        else for (const n of im[2].split(',').map((x) => x.trim()).filter(Boolean)) {
          if (n.startsWith('type ')) { const t = n.slice(5).trim(); out.push(`type ${t} = import('${p}').${t};`); }
          else out.push(`const ${n} = ${alias}.${n}; if (${n} === undefined) { __bad++; __log('MISSING export ${n} from ${im[3]} (line ${lineNo})'); }`);
        }
        continue;
      }
      if (/^\s*import /.test(line)) throw new Error(`line ${lineNo}: unparsed import`);
      const same = /^(.*?);\s*\/\/=> (.*)$/.exec(line);
      const next = /^\s*\/\/=> (.*)$/.exec(line);
      const depthOf = (t) => { let d = 0; for (const ch of t.replace(/'[^']*'|"[^"]*"|`[^`]*`/g, '')) { if ('([{'.includes(ch)) d++; else if (')]}'.includes(ch)) d--; } return d; };
      if (next) {
        if (lastStmt === null) throw new Error(`line ${lineNo}: //=> with no expression before it`);
        const text = out.slice(lastStmt.start).join('\n').replace(/;\s*$/, '');
        if (/^\s*(const|let|\/\/|if|try|\})/.test(text)) throw new Error(`line ${lineNo}: //=> after a non-expression`);
        out.splice(lastStmt.start, out.length - lastStmt.start, `__check(${lineNo}, () => (${text}), ${JSON.stringify(next[1])});`);
        lastStmt = null;
        continue;
      }
      if (atStart) stmtStart = out.length;
      if (same && !same[1].trim().startsWith('//')) {
        const text = out.slice(stmtStart).concat(same[1]).join('\n');
        out.splice(stmtStart, out.length - stmtStart, `__check(${lineNo}, () => (${text}), ${JSON.stringify(same[2])});`);
        depth = 0; lastStmt = null; atStart = true;
        continue;
      }
      out.push(line);
      depth += depthOf(line.replace(/\/\/.*$/, ''));
      { const t = line.replace(/\/\/.*$/, '').trim(); atStart = t === '' ? atStart : /[;{}]$/.test(t); }
      if (depth === 0 && line.trim() !== '') lastStmt = /;\s*(\/\/.*)?$/.test(line) ? { start: stmtStart } : null;
    }
    body.push(`// ---- block ${blockNo} (doc line ${startLine})\n{\n${out.join('\n')}\n}`);
  }
  
  let head = '';
  for (const [p, a] of modAlias) head += `import * as ${a} from '${p}';\n`;
  head += `import * as __cal from '../../src/calendar/index.ts';
  import { Decimal as __D, HuikuanError as __E } from '../../src/index.ts';
  let __ok = 0, __bad = 0;
  const __failures: string[] = [];
  const __log = (...a: unknown[]) => { __failures.push(a.map(String).join(' ')); };
  function __norm(v: unknown): unknown {
    if (__D.isDecimal(v)) return { __decimal: String(v) };
    if (Array.isArray(v)) return v.map(__norm);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, __norm(x)]));
    return v;
  }
  function __parseExpected(src: string): unknown {
    try { return (0, eval)('(' + src + ')'); } catch {}
    const cut = src.lastIndexOf('  //');
    if (cut > 0) return __parseExpected(src.slice(0, cut).trim());
    throw new Error('cannot parse expected: ' + src);
  }
  function __check(line: number, f: () => unknown, expectedSrc: string) {
    const t = /^throws HuikuanError '(\\w+)'/.exec(expectedSrc);
    try {
      const actual = f();
      if (t) { __bad++; __log('FAIL line', line, 'expected throw, got', JSON.stringify(__norm(actual))); return; }
      const expected = __parseExpected(expectedSrc);
      const a = JSON.stringify(__norm(actual)), e = JSON.stringify(__norm(expected));
      if (a === e) __ok++; else { __bad++; __log('FAIL line', line, '\\n  actual  ', a, '\\n  expected', e); }
    } catch (err) {
      if (t && err instanceof __E && err.code === t[1]) { __ok++; return; }
      __bad++; __log('FAIL line', line, 'threw', err instanceof __E ? err.code + ': ' + err.message : err);
    }
  }
  `;
  
  return (
    head +
    body.join('\n') +
    '\nexport const results = { ok: __ok, bad: __bad, failures: __failures };\n'
  );
}
