// Label sets and selectors as text, the way kubectl renders them.
// Mirrors apimachinery labels.FormatLabels, labels.Selector.String and metav1.FormatLabelSelector.
import type { LabelSelector } from '../../engine/api/types';

/** labels.FormatLabels: sorted `k=v` joined by ',' — `<none>` when empty (e.g. `app=nginx,tier=web`). */
export function formatLabels(labels: Record<string, string> | undefined): string {
  const keys = Object.keys(labels ?? {}).sort();
  if (keys.length === 0) return '<none>';
  return keys.map((k) => `${k}=${(labels as Record<string, string>)[k]}`).join(',');
}

interface Requirement {
  key: string;
  text: string;
}

/** One selector requirement rendered as labels.Requirement.String (values of in/notin sorted). */
function requirements(sel: LabelSelector): Requirement[] {
  const reqs: Requirement[] = Object.entries(sel.matchLabels ?? {}).map(([k, v]) => ({
    key: k,
    text: `${k}=${v}`,
  }));
  for (const e of sel.matchExpressions ?? []) {
    const values = [...(e.values ?? [])].sort();
    const list = values.length === 1 ? values[0] : values.join(',');
    const text =
      e.operator === 'In'
        ? `${e.key} in (${list})`
        : e.operator === 'NotIn'
          ? `${e.key} notin (${list})`
          : e.operator === 'Exists'
            ? e.key
            : `!${e.key}`;
    reqs.push({ key: e.key, text });
  }
  // Selector.Add sorts requirements by key
  return reqs.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * The selector as labels.Selector.String() after metav1.LabelSelectorAsSelector: `app=nginx,tier in (a,b)`;
 * an empty selector (matches everything) and a missing one both print as the empty string.
 */
export function selectorString(sel: LabelSelector | undefined): string {
  if (!sel) return '';
  return requirements(sel)
    .map((r) => r.text)
    .join(',');
}

/** metav1.FormatLabelSelector: selectorString, or `<none>` when that is empty. */
export function formatLabelSelector(sel: LabelSelector | undefined): string {
  return selectorString(sel) || '<none>';
}

/** Whether a label set matches a selector (a missing selector matches nothing, an empty one everything). */
export function selectorMatches(
  sel: LabelSelector | undefined,
  labels: Record<string, string> | undefined,
): boolean {
  if (!sel) return false;
  const l = labels ?? {};
  for (const [k, v] of Object.entries(sel.matchLabels ?? {})) if (l[k] !== v) return false;
  for (const e of sel.matchExpressions ?? []) {
    const has = Object.prototype.hasOwnProperty.call(l, e.key);
    const value = l[e.key] as string;
    const inValues = (e.values ?? []).includes(value);
    if (e.operator === 'In' && !(has && inValues)) return false;
    if (e.operator === 'NotIn' && has && inValues) return false;
    if (e.operator === 'Exists' && !has) return false;
    if (e.operator === 'DoesNotExist' && has) return false;
  }
  return true;
}
