// The error a parser step throws; the script parser turns it into a SyntaxError item.

/** A syntax error at a line, with bash's wording where bash has one. */
export class ParseFailure {
  constructor(
    readonly line: number,
    readonly message: string,
  ) {}
}
