// Narrates the explanation at the playhead in one sentence through a polite aria-live region — the same
// sentence the Why? panel shows. Quiet while the playhead is being dragged (the slider speaks the time then).
import { useState } from 'react';
import { useApp } from '../store/context';
import { useExplanation } from './useExplanation';

export function Narrator() {
  const e = useExplanation();
  const dragging = useApp((s) => s.dragging);
  const text = e?.text ?? '';
  const [said, setSaid] = useState(text);
  // derived state: follow the explanation, except while dragging
  if (!dragging && said !== text) setSaid(text);
  return (
    <div className="sr-only" aria-live="polite" aria-atomic="true" data-testid="narration">
      {dragging ? said : text}
    </div>
  );
}
