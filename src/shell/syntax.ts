// The parsed form of a script: simple commands made of words (with quoting remembered for expansion),
// redirections and here-documents.

/** A piece of a word: literal text, or a `$NAME` expansion; `quoted` disables field splitting. */
export type WordPart =
  | { kind: 'text'; text: string; quoted: boolean }
  | { kind: 'var'; name: string; quoted: boolean; line: number };

/** One shell word before expansion. */
export type Word = WordPart[];

/** A here-document: its body is the command's standard input. */
export interface HereDoc {
  delimiter: string;
  /** `<<'EOF'` / `<<"EOF"` / `<<\EOF`: the body is taken literally. */
  quoted: boolean;
  /** `<<-EOF`: leading TABs are stripped from body lines and the delimiter line. */
  stripTabs: boolean;
  /** The body after tab stripping and (when unquoted) backslash processing, as expandable parts. */
  body: Word;
  /** Line of the `<<` operator. */
  line: number;
}

/** A redirection, applied left to right. */
export type Redirect =
  | { op: '>' | '>>'; fd: 1 | 2; target: Word }
  | { op: '&>'; target: Word }
  | { op: '>&'; fd: 1 | 2; toFd: 1 | 2 }
  | { op: '<'; target: Word }
  | { op: '<<'; heredoc: HereDoc };

/** One command line of the script. */
export interface SimpleCommand {
  kind: 'command';
  words: Word[];
  redirects: Redirect[];
  /** 1-based line where the command starts. */
  line: number;
  /** The exact source text: continuation lines and here-document bodies included. */
  source: string;
}

/** A syntax error: the script stops here, as a non-interactive bash does (exit status 2). */
export interface SyntaxError {
  kind: 'error';
  line: number;
  message: string;
  /** Source text from the start of the failing command to the end of the script. */
  source: string;
}

/** What the parser yields, in order. */
export type ScriptItem = SimpleCommand | SyntaxError;
