// Shared describe helpers: multi-line labels, annotations, tolerations, taints, "Controlled By".
// Mirrors printLabelsMultiline, printAnnotationsMultiline, printTolerationsMultilineWithIndent,
// printTaintsMultilineWithIndent and printController in k8s.io/kubectl/pkg/describe/describe.go.
import type { ObjectMeta, Toleration } from '../../../engine/api/types';
import { goSort } from '../gosort';
import { LEVEL_0, type PrefixWriter } from './prefixWriter';

/** stringOrNone: the string, or `<none>` when empty. */
export const stringOrNone = (s: string | undefined): string => (s ? s : '<none>');

/**
 * `Title:\tk1=v1\n\tk2=v2\n` (keys sorted; continuation lines start with the inner indent, a TAB, so they stay
 * in the tab writer's column block), or `Title:\t<none>\n`.
 */
export function printLabelsMultiline(
  w: PrefixWriter,
  title: string,
  labels: Record<string, string> | undefined,
  initialIndent = '',
  innerIndent = '\t',
): void {
  w.write(LEVEL_0, `${initialIndent}${title}:${innerIndent}`);
  const keys = Object.keys(labels ?? {}).sort();
  if (keys.length === 0) {
    w.writeLine('<none>');
    return;
  }
  keys.forEach((key, i) => {
    if (i !== 0) w.write(LEVEL_0, initialIndent + innerIndent);
    w.write(LEVEL_0, `${key}=${(labels as Record<string, string>)[key]}\n`);
  });
}

const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';
const MAX_ANNOTATION_LEN = 140;

const shorten = (s: string, max: number): string => (s.length > max ? `${s.slice(0, max)}...` : s);

/**
 * `Annotations:\tkey: value` one per line (sorted; last-applied-configuration hidden). A value longer than
 * 140 characters (with its key and ': ') or containing newlines prints as `key:` + indented, shortened lines.
 */
export function printAnnotationsMultiline(
  w: PrefixWriter,
  title: string,
  annotations: Record<string, string> | undefined,
): void {
  w.write(LEVEL_0, `${title}:\t`);
  const keys = Object.keys(annotations ?? {})
    .filter((k) => k !== LAST_APPLIED)
    .sort();
  if (keys.length === 0) {
    w.writeLine('<none>');
    return;
  }
  const indent = '\t';
  keys.forEach((key, i) => {
    if (i !== 0) w.write(LEVEL_0, indent);
    const value = ((annotations as Record<string, string>)[key] as string).replace(/\n$/, '');
    if (value.length + key.length + 2 > MAX_ANNOTATION_LEN || value.includes('\n')) {
      w.write(LEVEL_0, `${key}:\n`);
      for (const s of value.split('\n'))
        w.write(LEVEL_0, `${indent}  ${shorten(s, MAX_ANNOTATION_LEN - 2)}\n`);
    } else {
      w.write(LEVEL_0, `${key}: ${value}\n`);
    }
  });
}

/** Tolerations sorted by key: `key=value:Effect op=Exists for 300s`, `<none>` when empty. */
export function printTolerationsMultiline(
  w: PrefixWriter,
  title: string,
  tolerations: Toleration[] | undefined,
  initialIndent = '',
): void {
  w.write(LEVEL_0, `${initialIndent}${title}:\t`);
  if (!tolerations || tolerations.length === 0) {
    w.writeLine('<none>');
    return;
  }
  const sorted = [...tolerations];
  goSort(sorted, (a, b) => (a.key ?? '') < (b.key ?? ''));
  sorted.forEach((t, i) => {
    if (i !== 0) w.write(LEVEL_0, `${initialIndent}\t`);
    let text = t.key ?? '';
    if (t.value) text += `=${t.value}`;
    if (t.effect) text += `:${t.effect}`;
    if (t.operator === 'Exists' && !t.value) text += t.key || t.effect ? ' op=Exists' : 'op=Exists';
    if (t.tolerationSeconds !== undefined) text += ` for ${t.tolerationSeconds}s`;
    w.write(LEVEL_0, `${text}\n`);
  });
}

/** Node taints sorted by `effect,key`: `key=value:Effect` (or `key:Effect`), `<none>` when empty. */
export function printTaintsMultiline(
  w: PrefixWriter,
  title: string,
  taints: { key: string; value?: string; effect: string }[] | undefined,
): void {
  w.write(LEVEL_0, `${title}:\t`);
  if (!taints || taints.length === 0) {
    w.writeLine('<none>');
    return;
  }
  const sorted = [...taints];
  goSort(sorted, (a, b) => `${a.effect},${a.key}` < `${b.effect},${b.key}`);
  sorted.forEach((t, i) => {
    if (i !== 0) w.write(LEVEL_0, '\t');
    w.write(LEVEL_0, t.value ? `${t.key}=${t.value}:${t.effect}\n` : `${t.key}:${t.effect}\n`);
  });
}

/** printController: `Kind/name` of the controller owner reference, or '' when there is none. */
export function printController(meta: ObjectMeta): string {
  const ref = meta.ownerReferences?.find((r) => r.controller === true);
  return ref ? `${ref.kind}/${ref.name}` : '';
}
