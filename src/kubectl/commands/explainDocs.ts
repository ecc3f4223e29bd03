// The field documentation `kubectl explain` shows in Rollout Lab: our own short texts for the fields the lessons
// teach (Deployment spec and status, the pod template, ReplicaSet and Pod basics).

/** One documented field: its type as kubectl shows it and a description; `fields` for objects. */
export interface FieldDoc {
  type: string;
  description: string;
  fields?: Record<string, FieldDoc>;
  enum?: string[];
  required?: boolean;
}

const str = (description: string, extra: Partial<FieldDoc> = {}): FieldDoc => ({
  type: 'string',
  description,
  ...extra,
});
const int = (description: string): FieldDoc => ({ type: 'integer', description });

const METADATA: FieldDoc = {
  type: 'ObjectMeta',
  description:
    'Standard object metadata: name, namespace, labels, annotations, and fields the server maintains.',
  fields: {
    name: str('Name of the object, unique within its namespace and kind.'),
    namespace: str('Namespace the object lives in; "default" when not given.'),
    labels: {
      type: 'map[string]string',
      description: 'Key/value pairs that selectors match, e.g. app=nginx.',
    },
    annotations: {
      type: 'map[string]string',
      description:
        'Free-form notes for tools and people. kubernetes.io/change-cause is shown by `kubectl rollout history`; deployment.kubernetes.io/revision is the revision the controller assigned.',
    },
    generation: int('Increases whenever the spec (or, for Deployments, an annotation) changes.'),
    resourceVersion: str('Opaque version of the object, changed by every write.'),
    creationTimestamp: str('When the object was created (RFC 3339).'),
  },
};

const CONTAINER: FieldDoc = {
  type: 'Container',
  description: 'One container of the pod.',
  fields: {
    name: str(
      'Name of the container, unique within the pod. `kubectl set image` selects containers by this name.',
      { required: true },
    ),
    image: str('Container image, e.g. nginx:1.23.1. Changing it in a Deployment template starts a rollout.'),
    ports: { type: '[]ContainerPort', description: 'Ports the container listens on (informational).' },
    resources: {
      type: 'ResourceRequirements',
      description:
        'CPU and memory requests (what the scheduler reserves) and limits (the most the container may use).',
    },
    readinessProbe: {
      type: 'Probe',
      description:
        'Check that decides when the container is Ready. A pod counts as available only once Ready for minReadySeconds.',
    },
    imagePullPolicy: str('When to pull the image: Always, IfNotPresent or Never.', {
      enum: ['Always', 'IfNotPresent', 'Never'],
    }),
  },
};

const POD_SPEC: FieldDoc = {
  type: 'PodSpec',
  description: 'What the pod runs.',
  fields: {
    containers: {
      type: '[]Container',
      description: 'The containers of the pod (at least one).',
      required: true,
      fields: CONTAINER.fields,
    },
    terminationGracePeriodSeconds: int(
      'Seconds a deleted pod gets to shut down before it is killed (default 30). Terminating pods are not counted by the Deployment.',
    ),
    restartPolicy: str('Always for pods of Deployments and ReplicaSets.', {
      enum: ['Always', 'OnFailure', 'Never'],
    }),
    nodeName: str('The node the pod was scheduled to.'),
  },
};

const TEMPLATE: FieldDoc = {
  type: 'PodTemplateSpec',
  description:
    'The pods to create. Every change to the template is a new revision and starts a rollout (unless the Deployment is paused).',
  required: true,
  fields: {
    metadata: {
      type: 'ObjectMeta',
      description: 'Labels (which must match the selector) and annotations of the pods.',
      fields: METADATA.fields,
    },
    spec: POD_SPEC,
  },
};

const ROLLING_UPDATE: FieldDoc = {
  type: 'RollingUpdateDeployment',
  description: 'Limits of a rolling update. Present only when the strategy type is RollingUpdate.',
  fields: {
    maxSurge: {
      type: 'IntOrString',
      description:
        'How many pods may exist above the desired replicas during the update: a number or a percentage of replicas, rounded up. Default 25%. With 3 replicas, 25% → 1, so at most 4 pods.',
    },
    maxUnavailable: {
      type: 'IntOrString',
      description:
        'How many of the desired replicas may be unavailable during the update: a number or a percentage, rounded down. Default 25%. With 3 replicas, 25% → 0, so 3 must stay available. May not be 0 when maxSurge is 0.',
    },
  },
};

const DEPLOYMENT_SPEC: FieldDoc = {
  type: 'DeploymentSpec',
  description: 'The desired state of the Deployment.',
  fields: {
    replicas: int(
      'Number of pods wanted. Default 1. Changing it scales the ReplicaSets; during a rollout the change is spread proportionally.',
    ),
    selector: {
      type: 'LabelSelector',
      description:
        'Which pods belong to the Deployment. Must match the template labels; cannot change after creation.',
      required: true,
    },
    template: TEMPLATE,
    strategy: {
      type: 'DeploymentStrategy',
      description: 'How old pods are replaced by new ones.',
      fields: {
        type: str(
          'RollingUpdate (default): replace pods gradually within maxSurge/maxUnavailable. Recreate: delete all old pods first, then create the new ones.',
          {
            enum: ['Recreate', 'RollingUpdate'],
          },
        ),
        rollingUpdate: ROLLING_UPDATE,
      },
    },
    minReadySeconds: int('Seconds a new pod must be Ready before it counts as available. Default 0.'),
    revisionHistoryLimit: int('How many old ReplicaSets to keep for rollbacks. Default 10.'),
    progressDeadlineSeconds: int(
      'Seconds without progress after which the rollout is reported as failed (ProgressDeadlineExceeded). Default 600. Nothing is rolled back automatically.',
    ),
    paused: {
      type: 'boolean',
      description:
        'While true, template changes start no rollout; `kubectl rollout resume` rolls them out together.',
    },
  },
};

const DEPLOYMENT_STATUS: FieldDoc = {
  type: 'DeploymentStatus',
  description: 'The most recently observed state, written by the Deployment controller.',
  fields: {
    observedGeneration: int(
      'The generation the controller last acted on; behind metadata.generation means the change is not yet seen.',
    ),
    replicas: int('Non-terminating pods of all the ReplicaSets.'),
    updatedReplicas: int('Pods of the newest ReplicaSet (the current template).'),
    readyReplicas: int('Pods whose containers are Ready.'),
    availableReplicas: int('Pods Ready for at least minReadySeconds.'),
    unavailableReplicas: int('Desired pods that are not available yet.'),
    conditions: {
      type: '[]DeploymentCondition',
      description:
        'Available and Progressing (and ReplicaFailure), with reasons such as NewReplicaSetAvailable or ProgressDeadlineExceeded.',
    },
  },
};

/** Documentation roots by kind. */
export const EXPLAIN_DOCS: Record<string, FieldDoc> = {
  Deployment: {
    type: 'Deployment',
    description:
      'A Deployment keeps a number of identical pods running and rolls out changes to them through ReplicaSets, one per revision of its pod template.',
    fields: {
      apiVersion: str('The API version of the object: apps/v1.'),
      kind: str('The kind of the object: Deployment.'),
      metadata: METADATA,
      spec: DEPLOYMENT_SPEC,
      status: DEPLOYMENT_STATUS,
    },
  },
  ReplicaSet: {
    type: 'ReplicaSet',
    description:
      'A ReplicaSet keeps a number of pods from one template running. Deployments create one per revision; you rarely manage them yourself.',
    fields: {
      apiVersion: str('The API version of the object: apps/v1.'),
      kind: str('The kind of the object: ReplicaSet.'),
      metadata: METADATA,
      spec: {
        type: 'ReplicaSetSpec',
        description: 'The desired state of the ReplicaSet.',
        fields: {
          replicas: int('Number of pods wanted.'),
          selector: {
            type: 'LabelSelector',
            description: 'Which pods belong to the ReplicaSet.',
            required: true,
          },
          template: TEMPLATE,
        },
      },
      status: {
        type: 'ReplicaSetStatus',
        description: 'Observed counts: replicas, readyReplicas, availableReplicas.',
      },
    },
  },
  Pod: {
    type: 'Pod',
    description: 'A pod is one or more containers scheduled together onto a node.',
    fields: {
      apiVersion: str('The API version of the object: v1.'),
      kind: str('The kind of the object: Pod.'),
      metadata: METADATA,
      spec: POD_SPEC,
      status: {
        type: 'PodStatus',
        description: 'Phase, conditions (Ready …) and container states as the kubelet reports them.',
      },
    },
  },
  Node: {
    type: 'Node',
    description: 'A worker machine that runs pods.',
    fields: {
      metadata: METADATA,
      spec: { type: 'NodeSpec', description: 'Taints and whether new pods may be scheduled.' },
      status: { type: 'NodeStatus', description: 'Capacity, conditions and addresses.' },
    },
  },
  Event: {
    type: 'Event',
    description: 'A report of something that happened to an object, such as a ReplicaSet being scaled.',
    fields: {
      reason: str('Short machine-readable reason, e.g. ScalingReplicaSet.'),
      message: str('Human-readable description.'),
      involvedObject: { type: 'ObjectReference', description: 'The object the event is about.' },
    },
  },
};
