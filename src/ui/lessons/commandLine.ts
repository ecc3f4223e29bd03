// Lesson commands are written as terminal lines (`kubectl patch … -p '{"spec":…}'`); the worker takes argv.
// A small POSIX-style splitter: whitespace separates words, single quotes are literal, double quotes allow
// `\"` and `\\`. Enough for the lessons' own lines (they are checked by a test).

/** Split a command line into words; throws on an unterminated quote (a bug in a lesson). */
export function splitCommandLine(line: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) throw new Error(`unterminated quote in: ${line}`);
      word += line.slice(i + 1, end);
      i = end;
      inWord = true;
    } else if (ch === '"') {
      let j = i + 1;
      for (; j < line.length && line[j] !== '"'; j++) {
        if (line[j] === '\\' && (line[j + 1] === '"' || line[j + 1] === '\\')) j++;
        word += line[j];
      }
      if (j >= line.length) throw new Error(`unterminated quote in: ${line}`);
      i = j;
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      word += ch;
      inWord = true;
    }
  }
  if (inWord) words.push(word);
  return words;
}

/** The worker's argv of a `kubectl …` line (without the program name). */
export function kubectlArgv(line: string): string[] {
  const words = splitCommandLine(line);
  if (words[0] !== 'kubectl') throw new Error(`not a kubectl command: ${line}`);
  return words.slice(1);
}

/** Whether two argv lists are the same command. */
export function sameArgv(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((w, i) => w === b[i]);
}
