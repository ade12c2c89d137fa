import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as huikuan from '../../src/index.js';

/**
 * docs/index.md's table "Which function answers which question" lists every public
 * function (and class) of huikuan, each with a link to the section of its guide.
 */
const index = readFileSync(new URL('../../docs/index.md', import.meta.url), 'utf8');
const table = index.slice(index.indexOf('## Which function answers which question'));
const rows = table.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| ---'));

describe('docs/index.md', () => {
  const functions = Object.entries(huikuan)
    .filter(([, value]) => typeof value === 'function')
    .map(([name]) => name);

  it('has the table', () => {
    expect(rows.length).toBeGreaterThan(40);
  });

  it.each(functions)('answers a question with %s and links to its guide', (name) => {
    const row = rows.find((line) => line.split('|')[2]?.includes(`\`${name}\``));
    expect(row, `no row of the table names \`${name}\``).toBeDefined();
    expect(row).toMatch(/\]\((?:\.\/[a-z]+\.md)?#[^)]+\)/);
  });
});
