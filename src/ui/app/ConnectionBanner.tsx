// Tells the user when the simulation worker crashed, that the state is being restored from the command log,
// and when it is back (or could not be brought back).
import { useTranslation } from 'react-i18next';
import { useAppShallow } from '../store/context';
import { selectConnection } from '../store/selectors';

export function ConnectionBanner() {
  const { t } = useTranslation();
  const { connection, message } = useAppShallow(selectConnection);
  if (connection === 'crashed' || connection === 'failed') {
    return (
      <div className="banner banner--error" role="alert">
        <strong>{t(`connection.${connection}.title`)}</strong> {t(`connection.${connection}.body`)}
        {message && <code className="banner__detail">{message}</code>}
      </div>
    );
  }
  if (connection === 'restored') {
    return (
      <div className="banner banner--ok" role="status">
        <strong>{t('connection.restored.title')}</strong> {t('connection.restored.body')}
      </div>
    );
  }
  return null;
}
