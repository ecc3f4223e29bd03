// What the Why? panel explains at the playhead: the latest controller decision, or — when it is more recent —
// the latest kubelet transition (image pull failure, back-off, retry, crash loop), in the same shape: the rule
// in plain words, the numbers, the outcome, what comes next, and the upstream function it mirrors.
import type { i18n, TFunction } from 'i18next';
import type { DecisionFrame, KubeletNote } from '../../worker/protocol';
import { formatClock } from '../format/time';

/** One explanation, ready to show and to narrate. */
export interface Explanation {
  key: string;
  at: number;
  actor: string;
  /** what it is about: `Deployment/nginx-deployment`, `Pod/…` */
  object: string;
  /** the upstream function it mirrors */
  func: string;
  /** the rule in plain words ('' when unknown) */
  rule: string;
  /** the outcome: one sentence (also narrated) */
  text: string;
  arithmetic: string[];
  waitingFor?: string;
  kind: 'decision' | 'kubelet';
}

/** Seconds for back-off figures: 10 000 → `10 s`. */
const secs = (ms: number) => `${Math.round(ms / 1000)} s`;

/** The rule of a decision id (`rolling.newRS.scaleUp`) in plain words, if the catalogue has it. */
function ruleText(t: TFunction, i18nInstance: Pick<i18n, 'exists'> | undefined, rule: string): string {
  const key = `timeline.why.rules.${rule}`;
  if (i18nInstance && !i18nInstance.exists(key)) return '';
  const text = t(key, { defaultValue: '' });
  return text === key ? '' : text;
}

export function decisionExplanation(
  t: TFunction,
  i18nInstance: Pick<i18n, 'exists'> | undefined,
  d: DecisionFrame,
): Explanation {
  const e: Explanation = {
    key: `d${d.seq}`,
    at: d.at,
    actor: d.actor,
    object: d.object,
    func: d.func,
    rule: ruleText(t, i18nInstance, d.rule),
    text: d.text,
    arithmetic: d.arithmetic,
    kind: 'decision',
  };
  if (d.waitingFor) e.waitingFor = d.waitingFor;
  return e;
}

/**
 * kubeletExplanation: e.g. "The kubelet could not pull nginx:bad for pod x: … It backs off 40 s; next try at
 * 1:52." with `back-off = min(2 × 20 s, 300 s) = 40 s`.
 */
export function kubeletExplanation(t: TFunction, n: KubeletNote, windowOver: boolean): Explanation {
  const vars = {
    pod: n.pod,
    container: n.container,
    image: n.image,
    message: n.message,
    backoff: secs(n.backoffMs),
    retryAt: formatClock(n.retryAt),
    restarts: n.restarts,
  };
  const crash = n.func === 'doBackOff';
  // the window may be over before the kubelet's next resync notices (ImagePullBackOff shows until then)
  const over = windowOver && !crash && n.kind !== 'retry';
  const textKey = n.kind === 'retry' && crash ? 'crashRetry' : over ? 'backOffOver' : n.kind;
  const arithmetic =
    n.kind === 'retry' || n.backoffMs === 0
      ? []
      : [
          n.previousBackoffMs === 0
            ? t('timeline.why.kubelet.first')
            : n.previousBackoffMs < 0
              ? t('timeline.why.kubelet.capped')
              : t('timeline.why.kubelet.doubled', {
                  previous: secs(n.previousBackoffMs),
                  backoff: secs(n.backoffMs),
                }),
        ];
  const e: Explanation = {
    key: `k${n.at}:${n.pod}:${n.kind}`,
    at: n.at,
    actor: 'kubelet',
    object: `Pod/${n.pod}`,
    func: n.func,
    rule: t('timeline.why.kubelet.ruleText'),
    text: t(`timeline.why.kubelet.${textKey}`, vars),
    arithmetic,
    kind: 'kubelet',
  };
  if (over) e.waitingFor = t('timeline.why.kubelet.waitsForResync');
  else if (n.kind !== 'retry') e.waitingFor = t('timeline.why.kubelet.waitsFor', vars);
  else if (!crash) e.waitingFor = t('timeline.why.kubelet.waitsForPull');
  return e;
}

/** The explanation at the playhead: the more recent of the decision and the kubelet note (a tie: the decision). */
export function explanationAt(
  t: TFunction,
  i18nInstance: Pick<i18n, 'exists'> | undefined,
  decision: DecisionFrame | undefined,
  note: KubeletNote | undefined,
  /** the playhead is at or past the note's `retryAt` */
  windowOver: boolean,
): Explanation | undefined {
  if (note && (!decision || note.at > decision.at)) return kubeletExplanation(t, note, windowOver);
  return decision ? decisionExplanation(t, i18nInstance, decision) : undefined;
}
