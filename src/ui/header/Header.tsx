// The top bar: app name, the Deployment, its kubectl counts, a paused badge and its condition chips.
import { useTranslation } from 'react-i18next';
import { useApp } from '../store/context';
import { selectDeployment } from '../store/selectors';
import { ConditionChips } from './ConditionChips';
import { Counts } from './Counts';

export function Header() {
  const { t } = useTranslation();
  const d = useApp(selectDeployment);
  return (
    <header className="app-header">
      <h1 className="app-header__title">
        {t('app.title')}
        {d && <span className="app-header__target"> · deployment/{d.name}</span>}
      </h1>
      {d && <Counts deployment={d} />}
      {d?.paused && <span className="badge badge--paused">{t('header.paused')}</span>}
      {d && <ConditionChips conditions={d.conditions} />}
    </header>
  );
}
