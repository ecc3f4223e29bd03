// READY / UP-TO-DATE / AVAILABLE exactly as `kubectl get deployment` prints them.
import { useTranslation } from 'react-i18next';
import type { DeploymentFrame } from '../../worker/protocol';

export function Counts({ deployment }: { deployment: DeploymentFrame }) {
  const { t } = useTranslation();
  const items: [string, string, string][] = [
    ['ready', t('header.ready'), deployment.readyColumn],
    ['upToDate', t('header.upToDate'), String(deployment.upToDate)],
    ['available', t('header.available'), String(deployment.available)],
  ];
  return (
    <dl className="counts" aria-label={t('header.countsLabel')}>
      {items.map(([key, label, value]) => (
        <div key={key} className="counts__item" data-testid={`count-${key}`}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
