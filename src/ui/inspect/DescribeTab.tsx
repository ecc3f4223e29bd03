// `kubectl describe` of the selected object — the Deployment, a ReplicaSet (lane name on the stage) or a pod
// (pod tile) — refreshed while the simulation runs. The text is kubectl's printer output from the worker.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp, useAppShallow, useClient } from '../store/context';
import { selectDeployment } from '../store/selectors';
import { useInspect, type DescribeTarget } from './inspectStore';

const key = (t: DescribeTarget) => `${t.resource}/${t.name}`;

/** The objects one can describe: the Deployment, its ReplicaSets (lanes) and their pods. */
function useObjects(): DescribeTarget[] {
  const deployment = useApp(selectDeployment)?.name;
  const lanes = useAppShallow((s) => s.lanes.map((l) => l.name));
  const pods = useAppShallow((s) => Object.values(s.podsByLane).flatMap((ps) => ps.map((p) => p.name)));
  return [
    ...(deployment ? [{ resource: 'deployment' as const, name: deployment }] : []),
    ...lanes.map((name) => ({ resource: 'replicaset' as const, name })),
    ...pods.map((name) => ({ resource: 'pod' as const, name })),
  ];
}

export function DescribeTab() {
  const { t } = useTranslation();
  const client = useClient();
  const objects = useObjects();
  const chosen = useInspect((s) => s.target);
  const describe = useInspect((s) => s.describe);
  const target = chosen ?? objects[0];
  // Refresh about twice a second of frames (describe text is large; frames come every animation tick).
  const bucket = useApp((s) => Math.floor(s.seq / 30));
  const [text, setText] = useState<{ key: string; text: string }>();
  const resource = target?.resource;
  const name = target?.name;
  useEffect(() => {
    if (!resource || !name) return;
    let live = true;
    void client.query({ kind: 'describe', resource, name }).then((a) => {
      if (live && a) setText({ key: `${resource}/${name}`, text: a.text });
    });
    return () => {
      live = false;
    };
  }, [client, resource, name, bucket]);
  if (!target) return <p className="inspect__empty">{t('inspect.describe.hint')}</p>;
  const current = key(target);
  const listed = objects.some((o) => key(o) === current) ? objects : [target, ...objects];
  return (
    <div className="inspect-describe">
      <label className="inspect-describe__pick">
        {t('inspect.describe.object')}
        <select
          value={current}
          onChange={(e) => {
            const o = listed.find((x) => key(x) === e.target.value);
            if (o) describe(o);
          }}
        >
          {listed.map((o) => (
            <option key={key(o)} value={key(o)}>
              {key(o)}
            </option>
          ))}
        </select>
      </label>
      <p className="inspect__hint">{t('inspect.describe.hint')}</p>
      {/* Focusable so keyboard users can scroll long describe output (axe: scrollable-region-focusable). */}
      <pre
        className="inspect-describe__text"
        tabIndex={0}
        aria-label={`kubectl describe ${target.resource} ${target.name}`}
      >
        {text?.key === current ? text.text : ''}
      </pre>
    </div>
  );
}
