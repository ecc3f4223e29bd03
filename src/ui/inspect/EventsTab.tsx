// Events, as `kubectl describe` lists them (Type, Reason, Age, From, Message — here one compact block per event,
// with the object it is about), oldest first and live: new events appear at the bottom and the list follows them.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../store/context';
import { selectEvents } from '../store/selectors';
import { age } from './age';

/** How many of the most recent events are listed. */
const SHOWN = 100;

export function EventsTab() {
  const { t } = useTranslation();
  const events = useApp(selectEvents);
  // Ages change once per simulated second: re-render at that pace, not every frame.
  const second = useApp((s) => Math.floor(s.now / 1000));
  const list = useRef<HTMLDivElement>(null);
  const shown = events.slice(-SHOWN);
  const last = shown.at(-1)?.key;
  useEffect(() => {
    const el = list.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [last, shown.length]);
  if (shown.length === 0) return <p className="inspect__empty">{t('inspect.events.none')}</p>;
  return (
    // focusable so keyboard users can scroll the list (axe: scrollable-region-focusable)
    <div className="inspect-events" ref={list} tabIndex={0}>
      <ol className="inspect-events__list" aria-label={t('inspect.tabs.events')}>
        {shown.map((e) => (
          <li key={e.key} className={`inspect-events__item inspect-events__item--${e.type}`}>
            <div className="inspect-events__head">
              <span className="inspect-events__type" title={t('inspect.events.type')}>
                {e.type}
              </span>
              <span className="inspect-events__reason" title={t('inspect.events.reason')}>
                {e.reason}
              </span>
              <span className="inspect-events__age" title={t('inspect.events.age')}>
                {age(second * 1000 - e.at)}
                {e.count > 1 && ` ${t('inspect.events.count', { count: e.count })}`}
              </span>
              <span className="inspect-events__from" title={t('inspect.events.from')}>
                {e.source}
              </span>
            </div>
            <div className="inspect-events__message">{e.message}</div>
            <div className="inspect-events__object">{e.object}</div>
          </li>
        ))}
      </ol>
    </div>
  );
}
