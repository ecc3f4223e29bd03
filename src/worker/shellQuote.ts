// Shows an argv the way a user would type it, so control actions read like real terminal commands.

const SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;

/** POSIX shell quoting of one word: safe words as is, others in single quotes (`'` as `'\''`). */
export function shellQuote(word: string): string {
  if (word !== '' && SAFE.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** `kubectl` followed by the quoted argv, e.g. `kubectl patch deployment/x -p '{"spec":{}}'`. */
export function commandLine(argv: readonly string[]): string {
  return ['kubectl', ...argv.map(shellQuote)].join(' ');
}
