// Conformance vectors from pkg/apis/apps/validation/validation_test.go: TestValidateDeployment,
// TestValidateDeploymentStatus, TestValidateDeploymentStatusUpdate.
import { describe, expect, it } from 'vitest';
import type { Deployment, DeploymentStatus, PodTemplateSpec } from '../../../src/engine/api/types';
import { fieldErrorString } from '../../../src/engine/api/fieldErrors';
import {
  validateDeployment,
  validateDeploymentStatus,
  validateDeploymentStatusUpdate,
} from '../../../src/engine/api/validation';
import { applicableCases, loadVectors } from '../../fixtures/conformance';

/** validDeployment() of the upstream test, with podtest.MakePodSpec()'s single valid container. */
function validDeployment(): Deployment {
  const template: PodTemplateSpec = {
    metadata: { labels: { name: 'abc' } },
    spec: {
      containers: [
        { name: 'ctr', image: 'image', imagePullPolicy: 'IfNotPresent', terminationMessagePolicy: 'File' },
      ],
      restartPolicy: 'Always',
      dnsPolicy: 'ClusterFirst',
    },
  };
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'abc', namespace: 'default' },
    spec: {
      replicas: 0,
      minReadySeconds: 0,
      selector: { matchLabels: { name: 'abc' } },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 1 } },
      template,
    },
    status: {},
  };
}

/** Applies one `changeFromValidDeployment` entry (paths of the internal API) to our apps/v1 object. */
function applyChange(d: Deployment, path: string, value: unknown): Deployment {
  const spec = d.spec;
  const tspec = spec.template.spec;
  switch (path) {
    case 'REPLACE_WHOLE_OBJECT': {
      const v = value as { namespace: string };
      return {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: '', namespace: v.namespace },
        spec: {} as Deployment['spec'],
        status: {},
      };
    }
    case 'template.securityContext.hostNetwork':
      tspec.securityContext = { ...(tspec.securityContext ?? {}), hostNetwork: value };
      break;
    case 'template.containers[0].ports':
      (tspec.containers[0] as NonNullable<(typeof tspec.containers)[0]>).ports = value as never;
      break;
    case 'template.restartPolicy':
      tspec.restartPolicy = value as never;
      break;
    case 'template.ephemeralContainers':
      tspec.ephemeralContainers = value as unknown[];
      break;
    case 'selector':
      spec.selector = value as never;
      break;
    case 'strategy.type':
      (spec.strategy ??= {}).type = value as string;
      break;
    case 'strategy':
      spec.strategy = value as never;
      break;
    case 'progressDeadlineSeconds':
      spec.progressDeadlineSeconds = value as number;
      break;
    case 'minReadySeconds':
      spec.minReadySeconds = value as number;
      break;
    default:
      throw new Error(`unhandled change path ${path}`);
  }
  return d;
}

interface DeploymentCase {
  kind: 'success' | 'error';
  changeFromValidDeployment: Record<string, unknown>;
  firstErrorContains?: string;
}

describe('TestValidateDeployment', () => {
  const file = loadVectors<DeploymentCase>('TestValidateDeployment');
  const cases = applicableCases(file, {
    'must be greater than or equal to 0':
      'changes rollbackTo.revision, a field of the internal API only (apps/v1 has no rollbackTo); the same message is checked for replicas/minReadySeconds/revisionHistoryLimit in validation.test.ts',
  });
  for (const c of cases) {
    it(c.name, () => {
      let d = validDeployment();
      for (const [path, value] of Object.entries(c.changeFromValidDeployment))
        d = applyChange(d, path, value);
      const errs = validateDeployment(d);
      if (c.kind === 'success') {
        expect(errs.map(fieldErrorString)).toEqual([]);
      } else {
        expect(errs.length).toBeGreaterThan(0);
        expect(fieldErrorString(errs[0] as (typeof errs)[0])).toContain(c.firstErrorContains);
      }
    });
  }
});

interface StatusCase {
  status: DeploymentStatus;
  expectedErr: boolean;
}

describe('TestValidateDeploymentStatus', () => {
  for (const c of applicableCases(loadVectors<StatusCase>('TestValidateDeploymentStatus'))) {
    it(c.name, () => {
      expect(validateDeploymentStatus(c.status).length > 0).toBe(c.expectedErr);
    });
  }
});

interface StatusUpdateCase {
  from: { collisionCount: number | null };
  to: { collisionCount: number | null };
  expectedErr: boolean;
}

describe('TestValidateDeploymentStatusUpdate', () => {
  const withCount = (n: number | null): Deployment => {
    const d = validDeployment();
    d.metadata.resourceVersion = '1';
    d.status = n === null ? {} : { collisionCount: n };
    return d;
  };
  for (const c of applicableCases(loadVectors<StatusUpdateCase>('TestValidateDeploymentStatusUpdate'))) {
    it(c.name, () => {
      const errs = validateDeploymentStatusUpdate(
        withCount(c.to.collisionCount),
        withCount(c.from.collisionCount),
      );
      expect(errs.length > 0).toBe(c.expectedErr);
      if (c.expectedErr)
        expect(fieldErrorString(errs[0] as (typeof errs)[0])).toMatch(
          /^status\.collisionCount: Invalid value: \d+: cannot be decremented$/,
        );
    });
  }
});
