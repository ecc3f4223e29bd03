// The JSON patch `kubectl rollout undo` sends: replace /spec/template with the target ReplicaSet's template and
// /metadata/annotations with the computed map. Mirrors getDeploymentPatch in kubectl
// pkg/polymorphichelpers/rollback.go, including Go's json.Marshal of the typed PodTemplateSpec: fields in
// struct order, omitempty fields dropped, non-omitempty ones kept (`"name":""`, `"resources":{}`).
import type { PodTemplateSpec } from '../../engine/index';
import { goJsonString } from '../printers/output/goJson';

/**
 * Field order of the k8s.io/api structs we model. Suffix `!`: Go always writes the field (no omitempty); `?`: a
 * pointer, written whenever it is set (even `0`, `false` or `{}`); otherwise omitempty. `:Type` names the type.
 */
const STRUCTS: Record<string, string[]> = {
  PodTemplateSpec: ['metadata!:ObjectMeta', 'spec!:PodSpec'],
  ObjectMeta: [
    'name',
    'generateName',
    'namespace',
    'selfLink',
    'uid',
    'resourceVersion',
    'generation',
    'creationTimestamp',
    'deletionTimestamp',
    'deletionGracePeriodSeconds?',
    'labels',
    'annotations',
    'ownerReferences',
    'finalizers',
  ],
  PodSpec: [
    'volumes',
    'initContainers:Container[]',
    'containers!:Container[]',
    'ephemeralContainers',
    'restartPolicy',
    'terminationGracePeriodSeconds?',
    'activeDeadlineSeconds?',
    'dnsPolicy',
    'nodeSelector',
    'serviceAccountName',
    'serviceAccount',
    'automountServiceAccountToken?',
    'nodeName',
    'hostNetwork',
    'hostPID',
    'hostIPC',
    'shareProcessNamespace?',
    'securityContext?',
    'imagePullSecrets',
    'hostname',
    'subdomain',
    'affinity?',
    'schedulerName',
    'tolerations:Toleration[]',
    'hostAliases',
    'priorityClassName',
    'priority?',
    'dnsConfig?',
    'readinessGates',
    'runtimeClassName?',
    'enableServiceLinks?',
    'preemptionPolicy?',
    'overhead',
    'topologySpreadConstraints',
    'setHostnameAsFQDN?',
    'os?',
    'hostUsers?',
    'schedulingGates',
    'resourceClaims',
    'resources?',
  ],
  Container: [
    'name!',
    'image',
    'command',
    'args',
    'workingDir',
    'ports:ContainerPort[]',
    'envFrom',
    'env:EnvVar[]',
    'resources!:ResourceRequirements',
    'resizePolicy',
    'restartPolicy?',
    'volumeMounts:VolumeMount[]',
    'volumeDevices',
    'livenessProbe?:Probe',
    'readinessProbe?:Probe',
    'startupProbe?:Probe',
    'lifecycle?',
    'terminationMessagePath',
    'terminationMessagePolicy',
    'imagePullPolicy',
    'securityContext?',
    'stdin',
    'stdinOnce',
    'tty',
  ],
  ContainerPort: ['name', 'hostPort', 'containerPort!', 'protocol', 'hostIP'],
  EnvVar: ['name!', 'value', 'valueFrom?'],
  ResourceRequirements: ['limits', 'requests', 'claims'],
  VolumeMount: [
    'name!',
    'readOnly',
    'recursiveReadOnly?',
    'mountPath!',
    'subPath',
    'mountPropagation?',
    'subPathExpr',
  ],
  Probe: [
    'exec?',
    'httpGet?:HTTPGetAction',
    'tcpSocket?',
    'grpc?',
    'initialDelaySeconds',
    'timeoutSeconds',
    'periodSeconds',
    'successThreshold',
    'failureThreshold',
    'terminationGracePeriodSeconds?',
  ],
  HTTPGetAction: ['path', 'port!', 'host', 'scheme', 'httpHeaders'],
  Toleration: ['key', 'operator', 'value', 'effect', 'tolerationSeconds?'],
};

/** Whether Go's omitempty drops this value (false, 0, "", nil, empty map or slice). */
function isEmpty(v: unknown): boolean {
  if (v === undefined || v === null || v === false || v === 0 || v === '') return true;
  if (Array.isArray(v)) return v.length === 0;
  return typeof v === 'object' && Object.keys(v as object).length === 0;
}

/** The zero value Go writes for an unset always-written field of a type. */
function zero(type: string | undefined): unknown {
  if (type === undefined) return '';
  if (type.endsWith('[]')) return null;
  return STRUCTS[type] ? {} : '';
}

/** Go's json.Marshal of a value of a struct type (untyped values: maps with sorted keys). */
function marshal(v: unknown, type: string | undefined): string {
  if (type?.endsWith('[]')) {
    const elem = type.slice(0, -2);
    return Array.isArray(v) ? `[${v.map((x) => marshal(x, elem)).join(',')}]` : 'null';
  }
  const fields = type ? STRUCTS[type] : undefined;
  if (fields && v !== null && typeof v === 'object' && !Array.isArray(v)) {
    const obj = v as Record<string, unknown>;
    const known = new Set<string>();
    const parts: string[] = [];
    for (const f of fields) {
      const [head, ft] = f.split(':') as [string, string | undefined];
      const mode = head.endsWith('!') ? 'always' : head.endsWith('?') ? 'pointer' : 'omitempty';
      const name = mode === 'omitempty' ? head : head.slice(0, -1);
      known.add(name);
      const x = obj[name];
      if (mode === 'omitempty' && isEmpty(x)) continue;
      if (mode === 'pointer' && (x === undefined || x === null)) continue;
      parts.push(`${goJsonString(name)}:${marshal(x ?? zero(ft), ft)}`);
    }
    for (const k of Object.keys(obj).sort()) {
      if (!known.has(k) && !isEmpty(obj[k])) parts.push(`${goJsonString(k)}:${marshal(obj[k], undefined)}`);
    }
    return `{${parts.join(',')}}`;
  }
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return goJsonString(v);
  if (typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map((x) => marshal(x, undefined)).join(',')}]`;
  const obj = v as Record<string, unknown>;
  return `{${Object.keys(obj)
    .sort()
    .filter((k) => obj[k] !== undefined)
    .map((k) => `${goJsonString(k)}:${marshal(obj[k], undefined)}`)
    .join(',')}}`;
}

/**
 * getDeploymentPatch: `[{"op":"replace","path":"/spec/template","value":<template>},{"op":"replace",
 * "path":"/metadata/annotations","value":<annotations>}]` (content type application/json-patch+json).
 */
export function getDeploymentPatch(template: PodTemplateSpec, annotations: Record<string, string>): string {
  return `[{"op":"replace","path":"/spec/template","value":${marshal(template, 'PodTemplateSpec')}},{"op":"replace","path":"/metadata/annotations","value":${marshal(annotations, undefined)}}]`;
}
