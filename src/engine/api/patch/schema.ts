// Mirrors the Go struct tags of k8s.io/api (apps/v1, core/v1, meta/v1 types.go) that strategic merge patch
// reads through strategicpatch.PatchMetaFromStruct: field types, patchStrategy and patchMergeKey, in Go field
// order (the order the decoders walk and the encoder writes).

/** Go scalar types the decoders check. */
export type Prim = 'string' | 'int32' | 'int64' | 'bool' | 'intstr' | 'quantity' | 'time' | 'float64';

/** A Go type as the patch code sees it. `any` is an unmodelled type: any JSON, no patch metadata. */
export type TypeRef =
  | { k: 'prim'; t: Prim }
  | { k: 'struct'; name: string }
  | { k: 'map'; elem: TypeRef; go?: string }
  | { k: 'list'; elem: TypeRef }
  | { k: 'any' };

/** One struct field: JSON name, type, and the struct tags patchStrategy / patchMergeKey. */
export interface FieldDef {
  json: string;
  type: TypeRef;
  strategies: string[];
  mergeKey: string;
}

/** A Go struct. `open` structs keep fields we do not list (their unknown keys are not pruned). */
export interface StructDef {
  pkg: string;
  name: string;
  fields: FieldDef[];
  open: boolean;
}

const P = (t: Prim): TypeRef => ({ k: 'prim', t });
const S = (name: string): TypeRef => ({ k: 'struct', name });
const L = (elem: TypeRef): TypeRef => ({ k: 'list', elem });
const M = (elem: TypeRef, go?: string): TypeRef =>
  go === undefined ? { k: 'map', elem } : { k: 'map', elem, go };
const ANY: TypeRef = { k: 'any' };
const STR = P('string');
const I32 = P('int32');
const I64 = P('int64');
const BOOL = P('bool');
const TIME = P('time');
const LABELS = M(STR);
const RESOURCES = M(P('quantity'), 'v1.ResourceList');

type FieldSpec = [json: string, type: TypeRef, strategy?: string, mergeKey?: string];

export const STRUCTS = new Map<string, StructDef>();

function def(pkg: string, name: string, fields: FieldSpec[], open = false): void {
  STRUCTS.set(name, {
    pkg,
    name,
    open,
    fields: fields.map(([json, type, strategy, mergeKey]) => ({
      json,
      type,
      strategies: strategy === undefined ? [] : strategy.split(','),
      mergeKey: mergeKey ?? '',
    })),
  });
}

// meta/v1
def('v1', 'ObjectMeta', [
  ['name', STR],
  ['generateName', STR],
  ['namespace', STR],
  ['selfLink', STR],
  ['uid', STR],
  ['resourceVersion', STR],
  ['generation', I64],
  ['creationTimestamp', TIME],
  ['deletionTimestamp', TIME],
  ['deletionGracePeriodSeconds', I64],
  ['labels', LABELS],
  ['annotations', LABELS],
  ['ownerReferences', L(S('OwnerReference')), 'merge', 'uid'],
  ['finalizers', L(STR), 'merge'],
  ['managedFields', L(ANY)],
]);
def('v1', 'OwnerReference', [
  ['apiVersion', STR],
  ['kind', STR],
  ['name', STR],
  ['uid', STR],
  ['controller', BOOL],
  ['blockOwnerDeletion', BOOL],
]);
def('v1', 'LabelSelector', [
  ['matchLabels', LABELS],
  ['matchExpressions', L(S('LabelSelectorRequirement'))],
]);
def('v1', 'LabelSelectorRequirement', [
  ['key', STR],
  ['operator', STR],
  ['values', L(STR)],
]);

// apps/v1
const typeMeta: FieldSpec[] = [
  ['kind', STR],
  ['apiVersion', STR],
  ['metadata', S('ObjectMeta')],
];
def('v1', 'Deployment', [...typeMeta, ['spec', S('DeploymentSpec')], ['status', S('DeploymentStatus')]]);
def('v1', 'DeploymentSpec', [
  ['replicas', I32],
  ['selector', S('LabelSelector')],
  ['template', S('PodTemplateSpec')],
  ['strategy', S('DeploymentStrategy'), 'retainKeys'],
  ['minReadySeconds', I32],
  ['revisionHistoryLimit', I32],
  ['paused', BOOL],
  ['progressDeadlineSeconds', I32],
]);
def('v1', 'DeploymentStrategy', [
  ['type', STR],
  ['rollingUpdate', S('RollingUpdateDeployment')],
]);
def('v1', 'RollingUpdateDeployment', [
  ['maxUnavailable', P('intstr')],
  ['maxSurge', P('intstr')],
]);
def('v1', 'DeploymentStatus', [
  ['observedGeneration', I64],
  ['replicas', I32],
  ['updatedReplicas', I32],
  ['readyReplicas', I32],
  ['availableReplicas', I32],
  ['unavailableReplicas', I32],
  ['terminatingReplicas', I32],
  ['conditions', L(S('DeploymentCondition')), 'merge', 'type'],
  ['collisionCount', I32],
]);
def('v1', 'DeploymentCondition', [
  ['type', STR],
  ['status', STR],
  ['lastUpdateTime', TIME],
  ['lastTransitionTime', TIME],
  ['reason', STR],
  ['message', STR],
]);
def('v1', 'ReplicaSet', [...typeMeta, ['spec', S('ReplicaSetSpec')], ['status', S('ReplicaSetStatus')]]);
def('v1', 'ReplicaSetSpec', [
  ['replicas', I32],
  ['minReadySeconds', I32],
  ['selector', S('LabelSelector')],
  ['template', S('PodTemplateSpec')],
]);
def('v1', 'ReplicaSetStatus', [
  ['replicas', I32],
  ['fullyLabeledReplicas', I32],
  ['readyReplicas', I32],
  ['availableReplicas', I32],
  ['terminatingReplicas', I32],
  ['observedGeneration', I64],
  ['conditions', L(S('ReplicaSetCondition')), 'merge', 'type'],
]);
def('v1', 'ReplicaSetCondition', [
  ['type', STR],
  ['status', STR],
  ['lastTransitionTime', TIME],
  ['reason', STR],
  ['message', STR],
]);

// core/v1
def('v1', 'Pod', [...typeMeta, ['spec', S('PodSpec')], ['status', S('PodStatus')]]);
def('v1', 'PodTemplateSpec', [
  ['metadata', S('ObjectMeta')],
  ['spec', S('PodSpec')],
]);
def('v1', 'PodSpec', [
  ['volumes', L(S('Volume')), 'merge,retainKeys', 'name'],
  ['initContainers', L(S('Container')), 'merge', 'name'],
  ['containers', L(S('Container')), 'merge', 'name'],
  ['ephemeralContainers', L(S('EphemeralContainer')), 'merge', 'name'],
  ['restartPolicy', STR],
  ['terminationGracePeriodSeconds', I64],
  ['activeDeadlineSeconds', I64],
  ['dnsPolicy', STR],
  ['nodeSelector', LABELS],
  ['serviceAccountName', STR],
  ['serviceAccount', STR],
  ['automountServiceAccountToken', BOOL],
  ['nodeName', STR],
  ['hostNetwork', BOOL],
  ['hostPID', BOOL],
  ['hostIPC', BOOL],
  ['shareProcessNamespace', BOOL],
  ['securityContext', ANY],
  ['imagePullSecrets', L(S('LocalObjectReference')), 'merge', 'name'],
  ['hostname', STR],
  ['subdomain', STR],
  ['affinity', ANY],
  ['schedulerName', STR],
  ['tolerations', L(S('Toleration'))],
  ['hostAliases', L(S('HostAlias')), 'merge', 'ip'],
  ['priorityClassName', STR],
  ['priority', I32],
  ['dnsConfig', ANY],
  ['readinessGates', L(ANY)],
  ['runtimeClassName', STR],
  ['enableServiceLinks', BOOL],
  ['preemptionPolicy', STR],
  ['overhead', RESOURCES],
  ['topologySpreadConstraints', L(ANY), 'merge', 'topologyKey'],
  ['setHostnameAsFQDN', BOOL],
  ['os', ANY],
  ['hostUsers', BOOL],
  ['schedulingGates', L(ANY), 'merge', 'name'],
  ['resourceClaims', L(ANY), 'merge,retainKeys', 'name'],
  ['resources', S('ResourceRequirements')],
]);
const containerFields: FieldSpec[] = [
  ['name', STR],
  ['image', STR],
  ['command', L(STR)],
  ['args', L(STR)],
  ['workingDir', STR],
  ['ports', L(S('ContainerPort')), 'merge', 'containerPort'],
  ['envFrom', L(ANY)],
  ['env', L(S('EnvVar')), 'merge', 'name'],
  ['resources', S('ResourceRequirements')],
  ['resizePolicy', L(ANY)],
  ['restartPolicy', STR],
  ['volumeMounts', L(S('VolumeMount')), 'merge', 'mountPath'],
  ['volumeDevices', L(ANY), 'merge', 'devicePath'],
  ['livenessProbe', S('Probe')],
  ['readinessProbe', S('Probe')],
  ['startupProbe', S('Probe')],
  ['lifecycle', ANY],
  ['terminationMessagePath', STR],
  ['terminationMessagePolicy', STR],
  ['imagePullPolicy', STR],
  ['securityContext', ANY],
  ['stdin', BOOL],
  ['stdinOnce', BOOL],
  ['tty', BOOL],
];
def('v1', 'Container', containerFields);
def('v1', 'EphemeralContainer', [...containerFields, ['targetContainerName', STR]]);
def('v1', 'ContainerPort', [
  ['name', STR],
  ['hostPort', I32],
  ['containerPort', I32],
  ['protocol', STR],
  ['hostIP', STR],
]);
def('v1', 'EnvVar', [
  ['name', STR],
  ['value', STR],
  ['valueFrom', ANY],
]);
def('v1', 'ResourceRequirements', [
  ['limits', RESOURCES],
  ['requests', RESOURCES],
  ['claims', L(ANY)],
]);
def('v1', 'VolumeMount', [
  ['name', STR],
  ['readOnly', BOOL],
  ['recursiveReadOnly', STR],
  ['mountPath', STR],
  ['subPath', STR],
  ['mountPropagation', STR],
  ['subPathExpr', STR],
]);
def('v1', 'Probe', [
  ['exec', S('ExecAction')],
  ['httpGet', S('HTTPGetAction')],
  ['tcpSocket', S('TCPSocketAction')],
  ['grpc', ANY],
  ['initialDelaySeconds', I32],
  ['timeoutSeconds', I32],
  ['periodSeconds', I32],
  ['successThreshold', I32],
  ['failureThreshold', I32],
  ['terminationGracePeriodSeconds', I64],
]);
def('v1', 'ExecAction', [['command', L(STR)]]);
def('v1', 'HTTPGetAction', [
  ['path', STR],
  ['port', P('intstr')],
  ['host', STR],
  ['scheme', STR],
  ['httpHeaders', L(ANY)],
]);
def('v1', 'TCPSocketAction', [
  ['port', P('intstr')],
  ['host', STR],
]);
// Volume inlines VolumeSource (dozens of plugin structs): only the name is modelled, the rest is kept as is.
def('v1', 'Volume', [['name', STR]], true);
def('v1', 'LocalObjectReference', [['name', STR]]);
def('v1', 'Toleration', [
  ['key', STR],
  ['operator', STR],
  ['value', STR],
  ['effect', STR],
  ['tolerationSeconds', I64],
]);
def('v1', 'HostAlias', [
  ['ip', STR],
  ['hostnames', L(STR)],
]);
def('v1', 'PodStatus', [
  ['observedGeneration', I64],
  ['phase', STR],
  ['conditions', L(S('PodCondition')), 'merge', 'type'],
  ['message', STR],
  ['reason', STR],
  ['nominatedNodeName', STR],
  ['hostIP', STR],
  ['hostIPs', L(ANY), 'merge', 'ip'],
  ['podIP', STR],
  ['podIPs', L(ANY), 'merge', 'ip'],
  ['startTime', TIME],
  ['initContainerStatuses', L(S('ContainerStatus'))],
  ['containerStatuses', L(S('ContainerStatus'))],
  ['qosClass', STR],
  ['ephemeralContainerStatuses', L(S('ContainerStatus'))],
  ['resize', STR],
  ['resourceClaimStatuses', L(ANY), 'merge,retainKeys', 'name'],
]);
def('v1', 'PodCondition', [
  ['type', STR],
  ['observedGeneration', I64],
  ['status', STR],
  ['lastProbeTime', TIME],
  ['lastTransitionTime', TIME],
  ['reason', STR],
  ['message', STR],
]);
def(
  'v1',
  'ContainerStatus',
  [
    ['name', STR],
    ['state', ANY],
    ['lastState', ANY],
    ['ready', BOOL],
    ['restartCount', I32],
    ['image', STR],
    ['imageID', STR],
    ['containerID', STR],
    ['started', BOOL],
  ],
  true,
);

/** The root struct of a kind; unmodelled kinds (Node, Event) get an open struct with ObjectMeta only. */
export function rootStruct(kind: string): StructDef {
  const known = STRUCTS.get(kind);
  if (known !== undefined && ['Deployment', 'ReplicaSet', 'Pod'].includes(kind)) return known;
  return {
    pkg: 'v1',
    name: kind,
    open: true,
    fields: typeMeta.map(([json, type]) => ({ json, type, strategies: [], mergeKey: '' })),
  };
}

/** The struct a TypeRef names (undefined for non-struct types). */
export function structOf(t: TypeRef): StructDef | undefined {
  return t.k === 'struct' ? STRUCTS.get(t.name) : undefined;
}

/** The field of a struct with this JSON name. */
export function fieldOf(s: StructDef, json: string): FieldDef | undefined {
  return s.fields.find((f) => f.json === json);
}

/** Go's name of a type in decode errors: `int32`, `v1.DeploymentSpec`, `[]v1.Container`, `map[string]string`. */
export function goTypeName(t: TypeRef): string {
  switch (t.k) {
    case 'prim':
      return {
        string: 'string',
        int32: 'int32',
        int64: 'int64',
        bool: 'bool',
        float64: 'float64',
        intstr: 'intstr.IntOrString',
        quantity: 'resource.Quantity',
        time: 'v1.Time',
      }[t.t];
    case 'struct':
      return `${STRUCTS.get(t.name)?.pkg ?? 'v1'}.${t.name}`;
    case 'map':
      return t.go ?? `map[string]${goTypeName(t.elem)}`;
    case 'list':
      return `[]${goTypeName(t.elem)}`;
    default:
      return 'interface {}';
  }
}
