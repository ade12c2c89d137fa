/**
 * A TypeDoc plugin (loaded by typedoc.json) that makes the anchors of headings holding
 * code, such as "## Applying receipts: `applyReceipts`", the same in the API reference
 * as on GitHub ("#applying-receipts-applyreceipts"), so the links between the guides of
 * docs/ work in both places.
 *
 * TypeDoc 0.28 builds a heading's anchor from its text tokens only and skips inline
 * code ("#applying-receipts"). This gives each inline code token of a heading a text
 * child holding its content: TypeDoc's anchor reads it, the HTML renderer ignores it,
 * so the heading still shows as code.
 */

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.on('bootstrapEnd', () => {
    /** @type {(parser: any) => void} */
    const previous = app.options.getValue('markdownItLoader');
    app.options.setValue('markdownItLoader', (/** @type {any} */ parser) => {
      previous(parser);
      parser.core.ruler.push('huikuan_heading_code_anchors', (/** @type {any} */ state) => {
        state.tokens.forEach((/** @type {any} */ token, /** @type {number} */ i) => {
          if (token.type !== 'inline' || state.tokens[i - 1]?.type !== 'heading_open') return;
          for (const child of token.children ?? []) {
            if (child.type !== 'code_inline' || child.children) continue;
            const text = new state.Token('text', '', 0);
            text.content = child.content;
            child.children = [text];
          }
        });
      });
    });
  });
}
