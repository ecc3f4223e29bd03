// The controls panel: every knob of the Deployment; each one runs the equivalent kubectl command.
import { useTranslation } from 'react-i18next';
import { useApp } from '../store/context';
import { selectDeployment } from '../store/selectors';
import { ImageControl } from './ImageControl';
import { LastCommand } from './LastCommand';
import { ReplicasControl } from './ReplicasControl';
import { RolloutControls } from './RolloutControls';
import { StrategyControl } from './StrategyControl';
import { TimingControl } from './TimingControl';

export function Controls() {
  const { t } = useTranslation();
  const d = useApp(selectDeployment);
  return (
    <section className="controls" aria-labelledby="controls-title">
      <h2 id="controls-title" className="panel-title">
        {t('controls.title')}
      </h2>
      {d && (
        <>
          <ImageControl deployment={d} />
          <ReplicasControl deployment={d} />
          <StrategyControl deployment={d} />
          <TimingControl deployment={d} />
          <RolloutControls deployment={d} />
          <LastCommand />
        </>
      )}
    </section>
  );
}
