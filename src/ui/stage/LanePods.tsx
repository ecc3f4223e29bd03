// The pod tiles of one lane, animated with motion as pods appear, change state in place and disappear.
import { AnimatePresence, motion } from 'motion/react';
import { useApp } from '../store/context';
import { selectLanePods } from '../store/selectors';
import { PodTile } from './PodTile';

/** Tiles keyed by pod name (never by index), so each pod keeps its own animation. */
export function LanePods({ lane }: { lane: string }) {
  const pods = useApp(selectLanePods(lane));
  return (
    <ul className="lane__pods">
      <AnimatePresence initial={false}>
        {pods.map((pod) => (
          <motion.li
            key={pod.name}
            layout="position"
            initial={{ opacity: 0, scale: 0.4 }}
            animate={{ opacity: pod.state === 'terminating' ? 0.6 : 1, scale: 1 }}
            exit={{ opacity: 0, scale: 0.4, transition: { duration: 0.35 } }}
            transition={{ type: 'spring', stiffness: 420, damping: 32 }}
          >
            <PodTile pod={pod} />
          </motion.li>
        ))}
      </AnimatePresence>
    </ul>
  );
}
