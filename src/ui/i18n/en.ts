// The English catalogue. Accessible names used by end-to-end tests (Play, Pause, Pause rollout, Resume rollout,
// Roll back, Image, Replicas, Strategy, Max surge, Max unavailable, ReplicaSet <name> revision <n>) live here.
export const en = {
  app: { title: 'Rollout Lab' },
  header: {
    countsLabel: 'Deployment status as kubectl get deployment shows it',
    ready: 'READY',
    upToDate: 'UP-TO-DATE',
    available: 'AVAILABLE',
    conditions: 'Conditions',
    paused: 'Paused',
    status: { True: 'true', False: 'false', Unknown: 'unknown' },
  },
  stage: {
    title: 'Stage',
    rev: 'rev',
    formerly: '(was {{revisions}})',
    laneLabel: 'ReplicaSet {{name}} revision {{revision}}',
    new: 'new',
    old: 'old',
    desired: 'DESIRED',
    current: 'CURRENT',
    ready: 'READY',
    scaledToZero: 'scaled to 0 — kept for roll back',
    noDeployment: 'There is no Deployment in the default namespace.',
    canvasSummary: 'ReplicaSet {{lane}}: {{count}} pods — {{summary}}',
  },
  pod: {
    restarts_one: '{{count}} restart',
    restarts_other: '{{count}} restarts',
    countdown: {
      pullBackOff: 'retry in {{time}}',
      crashBackOff: 'restart in {{time}}',
      grace: 'grace {{time}}',
      minReady: 'available in {{time}}',
    },
    state: {
      pending: { label: 'Pending', description: 'waiting to be scheduled onto a node' },
      creating: { label: 'Creating', description: 'pulling the image and starting the container' },
      running: {
        label: 'Running, not ready',
        description: 'the container runs but does not pass its readiness check',
      },
      ready: {
        label: 'Ready, not yet available',
        description: 'ready, but must stay ready for minReadySeconds before it counts as available',
      },
      available: {
        label: 'Available',
        description: 'ready for at least minReadySeconds: counts as available',
      },
      pullError: {
        label: 'Image pull error',
        description: 'the image cannot be pulled; the kubelet retries with a growing back-off',
      },
      crashLoop: {
        label: 'Crash loop',
        description: 'the container keeps exiting; the kubelet restarts it after a growing back-off',
      },
      terminating: {
        label: 'Terminating',
        description: 'shutting down within its grace period; no longer counted by the controllers',
      },
    },
  },
  legend: { toggle: 'Legend', title: 'Pod states' },
  budget: {
    title: 'Rolling-update budget',
    titleRecreate: 'Recreate budget',
    recreateWaits_one:
      '{{count}} pod still terminating: Recreate creates no new pod until every old one is gone.',
    recreateWaits_other:
      '{{count}} pods still terminating: Recreate creates no new pod until every old one is gone.',
    available: 'available {{available}} (minimum {{min}})',
    pods: 'pods {{pods}} (maximum {{max}})',
    minMarker: 'min {{min}}',
    maxMarker: 'max {{max}}',
    overshoot_one:
      '+{{count}} terminating pod beyond the line: controllers do not count terminating pods, so real clusters overshoot.',
    overshoot_other:
      '+{{count}} terminating pods beyond the line: controllers do not count terminating pods, so real clusters overshoot.',
  },
  controls: {
    title: 'Controls',
    lastCommand: 'Last command',
    image: {
      label: 'Image',
      apply: 'Set image',
      hint: 'Pick a tag, a broken one, a teaching image, or type any image.',
      group: { good: 'good tag', bad: 'bad tag: the pull fails', teaching: 'teaching image' },
    },
    replicas: { label: 'Replicas', apply: 'Scale' },
    strategy: {
      label: 'Strategy',
      maxSurge: 'Max surge',
      maxUnavailable: 'Max unavailable',
      hint: 'A number or a percentage of replicas.',
      recreateHint: 'Recreate removes all old pods before creating new ones.',
      apply: 'Apply',
      applyName: 'Apply max surge and max unavailable',
    },
    timing: {
      minReadySeconds: 'Min ready seconds',
      progressDeadlineSeconds: 'Progress deadline seconds',
      revisionHistoryLimit: 'Revision history limit',
      apply: 'Apply',
      applyName: 'Apply timing and history',
    },
    rollout: { pause: 'Pause rollout', resume: 'Resume rollout', restart: 'Restart rollout' },
    rollback: {
      target: 'Roll back to',
      previous: 'Previous revision',
      revision: 'revision {{revision}} · {{image}}',
      apply: 'Roll back',
      pausedNote:
        'The Deployment is paused: kubectl refuses to roll back a paused Deployment. Resume it first.',
    },
  },
  explain: {
    title: 'Why?',
    none: 'No controller decision yet.',
    earlier_one: '{{count}} earlier decision',
    earlier_other: '{{count}} earlier decisions',
    arithmetic: 'Arithmetic',
    waitingFor: 'Waiting for {{what}}.',
  },
  inspect: { pod: 'Pod {{name}}', close: 'Close' },
  playback: {
    title: 'Playback',
    play: 'Play',
    pause: 'Pause',
    clock: 'Simulated time',
    speed: 'Speed',
    fastest: 'Fastest',
    fastestHint: 'As fast as possible: jump from event to event',
  },
  connection: {
    crashed: {
      title: 'The simulation stopped unexpectedly.',
      body: 'Restoring the last state from the command log…',
    },
    restored: {
      title: 'Simulation restored.',
      body: 'The state was rebuilt from the command log; press Play to continue.',
    },
    failed: {
      title: 'The simulation keeps failing.',
      body: 'It could not be restored from the command log. Reload the page to start again.',
    },
  },
} as const;
