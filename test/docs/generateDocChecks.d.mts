/** The source of a module that runs every `//=>` check of a guide and exports `results`. */
export function generateDocChecks(doc: string): string;
