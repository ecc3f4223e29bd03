// The `Volumes:` block of describe pod / pod template for the volume sources the simulator uses.
// Mirrors describeVolumes and print*VolumeSource in k8s.io/kubectl/pkg/describe/describe.go.
import type { Volume } from '../../../engine/api/types';
import { canonicalQuantity } from '../quantity';
import { LEVEL_0, LEVEL_1, LEVEL_2, type PrefixWriter } from './prefixWriter';

type Source = Record<string, unknown>;

const str = (v: unknown): string => (v === undefined || v === null ? '' : String(v));
const bool = (v: unknown): string => (v === true ? 'true' : 'false');

/** The describe lines of one volume source (LEVEL_2 `Type:` line, then 4-space-indented fields). */
function describeSource(w: PrefixWriter, v: Volume): void {
  const src = (key: string): Source | undefined => v[key] as Source | undefined;
  const emptyDir = src('emptyDir');
  const hostPath = src('hostPath');
  const configMap = src('configMap');
  const secret = src('secret');
  const pvc = src('persistentVolumeClaim');
  const projected = src('projected');
  if (hostPath) {
    w.write(LEVEL_2, `Type:\tHostPath (bare host directory volume)\n    Path:\t${str(hostPath.path)}\n`);
    w.write(LEVEL_0, `    HostPathType:\t${hostPath.type ? str(hostPath.type) : '<none>'}\n`);
  } else if (emptyDir) {
    const limit = emptyDir.sizeLimit ? canonicalQuantity(str(emptyDir.sizeLimit)) : '<unset>';
    w.write(LEVEL_2, "Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)\n");
    w.write(LEVEL_0, `    Medium:\t${str(emptyDir.medium)}\n    SizeLimit:\t${limit}\n`);
  } else if (secret) {
    w.write(LEVEL_2, 'Type:\tSecret (a volume populated by a Secret)\n');
    w.write(LEVEL_0, `    SecretName:\t${str(secret.secretName)}\n    Optional:\t${bool(secret.optional)}\n`);
  } else if (configMap) {
    w.write(LEVEL_2, 'Type:\tConfigMap (a volume populated by a ConfigMap)\n');
    w.write(LEVEL_0, `    Name:\t${str(configMap.name)}\n    Optional:\t${bool(configMap.optional)}\n`);
  } else if (pvc) {
    w.write(
      LEVEL_2,
      'Type:\tPersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)\n',
    );
    w.write(LEVEL_0, `    ClaimName:\t${str(pvc.claimName)}\n    ReadOnly:\t${bool(pvc.readOnly)}\n`);
  } else if (projected) {
    w.write(LEVEL_2, 'Type:\tProjected (a volume that contains injected data from multiple sources)\n');
    for (const s of (projected.sources as Source[] | undefined) ?? []) {
      const sec = s.secret as Source | undefined;
      const cm = s.configMap as Source | undefined;
      const token = s.serviceAccountToken as Source | undefined;
      if (sec) w.write(LEVEL_2, `SecretName:\t${str(sec.name)}\n    Optional:\t${bool(sec.optional)}\n`);
      else if (s.downwardAPI) w.write(LEVEL_2, 'DownwardAPI:\ttrue\n');
      else if (cm) w.write(LEVEL_2, `ConfigMapName:\t${str(cm.name)}\n    Optional:\t${bool(cm.optional)}\n`);
      else if (token) w.write(LEVEL_2, `TokenExpirationSeconds:\t${str(token.expirationSeconds ?? 3607)}\n`);
    }
  } else {
    w.write(LEVEL_1, '<unknown>\n');
  }
}

/** describeVolumes: `<space>Volumes:\t<none>` or `Volumes:` + one `name:` block per volume. */
export function describeVolumes(w: PrefixWriter, volumes: Volume[] | undefined, space: string): void {
  if (!volumes || volumes.length === 0) {
    w.write(LEVEL_0, `${space}Volumes:\t<none>\n`);
    return;
  }
  w.write(LEVEL_0, `${space}Volumes:\n`);
  for (const v of volumes) {
    w.write(LEVEL_1, `${space ? ' ' : ''}${v.name}:\n`);
    describeSource(w, v);
  }
}
