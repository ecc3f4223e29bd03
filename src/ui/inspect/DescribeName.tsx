// A ReplicaSet's name on its lane header: a button that opens its `kubectl describe` in the inspect panel
// (plain text where no inspect panel is present).
import { useTranslation } from 'react-i18next';
import { useHasInspect, useInspect } from './inspectStore';

export function DescribeName({ name, className }: { name: string; className: string }) {
  const { t } = useTranslation();
  const present = useHasInspect();
  const describe = useInspect((s) => s.describe);
  if (!present) return <span className={className}>{name}</span>;
  return (
    <button
      type="button"
      className={`${className} lane__describe`}
      aria-label={t('inspect.describe.laneButton', { name })}
      onClick={() => describe({ resource: 'replicaset', name })}
    >
      {name}
    </button>
  );
}
