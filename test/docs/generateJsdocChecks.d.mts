/** The import a file of src/ is documented under: `huikuan/<module>`, or `huikuan` for the root and core/. */
export function specifierOf(file: string): string;

/** Every `@example` of the JSDoc comments of `source`, with the source line of each code line (1-based). */
export function extractExamples(source: string): { line: number; code: string[]; lines: number[] }[];

/** The line with the note after its `//=>` result (in parentheses or after `//`) as `//=> value  // note`. */
export function normaliseResultNote(line: string): string;

/** The checks of every `@example` in `source`, as a module exporting `results` (see generateDocChecks). */
export function generateJsdocChecks(
  source: string,
  options: { specifier: string; exports: Readonly<Record<string, readonly string[]>> },
): {
  module: string;
  examples: { line: number; checks: number; fromRoot: string[] }[];
  checks: number;
  sourceLine(line: number): number | undefined;
};
