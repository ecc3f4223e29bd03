// A labelled input with its inline API-server error (linked with aria-describedby, aria-invalid set).
import { useId, type InputHTMLAttributes } from 'react';
import type { FieldCause } from '../../worker/protocol';

export interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: string;
  causes?: FieldCause[];
  hint?: string;
}

export function Field({ label, causes = [], hint, ...input }: FieldProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy =
    [causes.length > 0 ? errorId : '', hint ? hintId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} aria-invalid={causes.length > 0} aria-describedby={describedBy} {...input} />
      {hint && (
        <span id={hintId} className="field__hint">
          {hint}
        </span>
      )}
      {causes.length > 0 && <InlineErrors id={errorId} causes={causes} />}
    </div>
  );
}

/** The API server's messages, word for word. */
export function InlineErrors({ id, causes }: { id?: string; causes: FieldCause[] }) {
  return (
    <ul id={id} className="field__errors" role="alert">
      {causes.map((c) => (
        <li key={c.message}>{c.message}</li>
      ))}
    </ul>
  );
}
