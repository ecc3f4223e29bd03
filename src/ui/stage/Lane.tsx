// One ReplicaSet lane: a group named `ReplicaSet <name> revision <n>` with revision, name, image and kubectl's
// DESIRED / CURRENT / READY; old vs new marked in words; scaled-to-zero old ReplicaSets collapse to a thin line.
// Lanes animate their position (not their size, which would stretch the text), so a rollback that renumbers an old ReplicaSet moves it smoothly to the end.
import { AnimatePresence, motion } from 'motion/react';
import { useTranslation } from 'react-i18next';
import type { LaneFrame } from '../../worker/protocol';
import { DescribeName } from '../inspect/DescribeName';
import { LanePods } from './LanePods';
import { PodCanvas } from './PodCanvas';

/** The revision number; a change (rollback renumbering) slides the new number in. */
function Revision({ lane }: { lane: LaneFrame }) {
  const { t } = useTranslation();
  const former = lane.formerRevisions;
  return (
    <span className="lane__rev">
      {t('stage.rev')}{' '}
      <AnimatePresence mode="popLayout" initial={false}>
        <motion.span
          key={lane.revision}
          className="lane__rev-number"
          initial={{ y: -10, opacity: 0 }}
          animate={{ y: 0, opacity: 1 }}
          exit={{ y: 10, opacity: 0 }}
        >
          {lane.revision}
        </motion.span>
      </AnimatePresence>
      {former.length > 0 && (
        <span className="lane__former">{t('stage.formerly', { revisions: former.join(', ') })}</span>
      )}
    </span>
  );
}

function Counts({ lane }: { lane: LaneFrame }) {
  const { t } = useTranslation();
  const items: [string, number][] = [
    [t('stage.desired'), lane.desired],
    [t('stage.current'), lane.current],
    [t('stage.ready'), lane.ready],
  ];
  return (
    <dl className="lane__counts">
      {items.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A lane; `bulk` (pod states packed as bytes) switches the pods to a canvas. */
export function Lane({ lane, bulk }: { lane: LaneFrame; bulk: Uint8Array | undefined }) {
  const { t } = useTranslation();
  const label = t('stage.laneLabel', { name: lane.name, revision: lane.revision });
  const role = lane.role === 'new' ? t('stage.new') : t('stage.old');
  return (
    <motion.section
      layout="position"
      role="group"
      aria-label={label}
      className={`lane lane--${lane.role}${lane.collapsed ? ' lane--collapsed' : ''}`}
      initial={{ opacity: 0, y: 12 }}
      animate={{ opacity: 1, y: 0 }}
      exit={{ opacity: 0, height: 0 }}
      transition={{ type: 'spring', stiffness: 300, damping: 34 }}
    >
      <header className="lane__header">
        <Revision lane={lane} />
        <span className={`lane__role lane__role--${lane.role}`}>{role}</span>
        <DescribeName name={lane.name} className="lane__name" />
        <span className="lane__image">{lane.images.join(', ')}</span>
        {lane.collapsed ? (
          <span className="lane__zero">{t('stage.scaledToZero')}</span>
        ) : (
          <Counts lane={lane} />
        )}
      </header>
      {!lane.collapsed &&
        (bulk ? <PodCanvas lane={lane.name} states={bulk} /> : <LanePods lane={lane.name} />)}
    </motion.section>
  );
}
