// A step's narration: paragraphs separated by blank lines, `code` between backticks (commands, field names,
// kubectl words stay verbatim in every language).
import { Fragment } from 'react';

/** Render narration text safely (plain text nodes only; no HTML from catalogues). */
export function Narration({ text }: { text: string }) {
  return (
    <>
      {text.split(/\n{2,}/).map((para, i) => (
        <p key={i}>
          {para
            .split('`')
            .map((part, j) =>
              j % 2 === 1 ? <code key={j}>{part}</code> : <Fragment key={j}>{part}</Fragment>,
            )}
        </p>
      ))}
    </>
  );
}
