// `Pod Template:` as printed by describe deployment/replicaset and by `rollout history --revision=N`.
// Mirrors DescribePodTemplate in k8s.io/kubectl/pkg/describe/describe.go.
import type { PodTemplateSpec } from '../../../engine/api/types';
import { printAnnotationsMultiline, printLabelsMultiline, printTolerationsMultiline } from './common';
import { describeContainers } from './containers';
import { LEVEL_0, LEVEL_1, type PrefixWriter } from './prefixWriter';
import { describeVolumes } from './volumes';

/**
 * DescribePodTemplate: `Pod Template:`, `  Labels:`, `  Annotations:` (only when there are any),
 * `  Service Account:`, init containers, `  Containers:`, `  Volumes:`, `  Node-Selectors:`, `  Tolerations:`.
 */
export function describePodTemplate(w: PrefixWriter, template: PodTemplateSpec | undefined): void {
  w.write(LEVEL_0, 'Pod Template:\n');
  if (!template) {
    w.write(LEVEL_1, '<unset>');
    return;
  }
  const meta = template.metadata ?? {};
  printLabelsMultiline(w, '  Labels', meta.labels);
  if (Object.keys(meta.annotations ?? {}).length > 0)
    printAnnotationsMultiline(w, '  Annotations', meta.annotations);
  const spec = template.spec;
  if (spec.serviceAccountName) w.write(LEVEL_1, `Service Account:\t${spec.serviceAccountName}\n`);
  if (spec.initContainers?.length)
    describeContainers(w, 'Init Containers', spec.initContainers, undefined, '  ');
  describeContainers(w, 'Containers', spec.containers, undefined, '  ');
  describeVolumes(w, spec.volumes, '  ');
  printLabelsMultiline(w, '  Node-Selectors', spec.nodeSelector);
  printTolerationsMultiline(w, '  Tolerations', spec.tolerations);
}
