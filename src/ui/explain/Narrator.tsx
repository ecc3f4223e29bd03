// Narrates each controller decision in one sentence through a polite aria-live region.
import { useApp } from '../store/context';
import { selectLatestDecision } from '../store/selectors';

export function Narrator() {
  const d = useApp(selectLatestDecision);
  return (
    <div className="sr-only" aria-live="polite" aria-atomic="true" data-testid="narration">
      {d?.text ?? ''}
    </div>
  );
}
