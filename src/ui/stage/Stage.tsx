// The stage: the budget bar above one lane per ReplicaSet (oldest revision first, newest at the bottom).
import { AnimatePresence } from 'motion/react';
import { useTranslation } from 'react-i18next';
import { BudgetBar } from '../budget/BudgetBar';
import { useApp } from '../store/context';
import { selectBulk, selectDeployment, selectLanes } from '../store/selectors';
import { Lane } from './Lane';
import { Legend } from './Legend';

export function Stage() {
  const { t } = useTranslation();
  const lanes = useApp(selectLanes);
  const bulk = useApp(selectBulk);
  const deployment = useApp(selectDeployment);
  const loaded = useApp((s) => s.loaded);
  return (
    <section className="stage" aria-labelledby="stage-title">
      <div className="panel-title">
        <h2 id="stage-title">{t('stage.title')}</h2>
        <Legend />
      </div>
      <BudgetBar />
      {loaded && !deployment && <p className="stage__empty">{t('stage.noDeployment')}</p>}
      <div className="stage__lanes">
        <AnimatePresence initial={false}>
          {lanes.map((lane) => (
            <Lane key={lane.name} lane={lane} bulk={bulk?.lanes.find((l) => l.lane === lane.name)?.states} />
          ))}
        </AnimatePresence>
      </div>
    </section>
  );
}
