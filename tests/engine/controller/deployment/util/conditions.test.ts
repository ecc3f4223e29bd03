import { describe, expect, it } from 'vitest';
import {
  conditionMessages,
  getDeploymentCondition,
  hasProgressDeadline,
  hasRevisionHistoryLimit,
  newDeploymentCondition,
  removeDeploymentCondition,
  setDeploymentCondition,
} from '../../../../../src/engine/controller/deployment/util';
import type { DeploymentStatus } from '../../../../../src/engine/api/types';
import { toTime } from '../../../../../src/engine/sim/clock';
import { newDeployment } from '../../builders';

describe('deployment conditions', () => {
  it('newDeploymentCondition stamps both times with now', () => {
    expect(newDeploymentCondition('Progressing', 'True', 'NewReplicaSetCreated', 'm', 61_500)).toEqual({
      type: 'Progressing',
      status: 'True',
      reason: 'NewReplicaSetCreated',
      message: 'm',
      lastUpdateTime: '2025-03-03T09:01:01Z',
      lastTransitionTime: '2025-03-03T09:01:01Z',
    });
  });

  it('same status and reason: no change at all (not even lastUpdateTime)', () => {
    const status: DeploymentStatus = {
      conditions: [newDeploymentCondition('Available', 'True', 'MinimumReplicasAvailable', 'a', 0)],
    };
    expect(
      setDeploymentCondition(
        status,
        newDeploymentCondition('Available', 'True', 'MinimumReplicasAvailable', 'b', 9000),
      ),
    ).toBe(false);
    expect(status.conditions?.[0]?.lastUpdateTime).toBe(toTime(0));
  });

  it('a changed condition moves to the end; lastTransitionTime kept when the status is unchanged', () => {
    const status: DeploymentStatus = {
      conditions: [
        newDeploymentCondition('Progressing', 'True', 'NewReplicaSetCreated', 'p', 0),
        newDeploymentCondition('Available', 'False', 'MinimumReplicasUnavailable', 'a', 0),
      ],
    };
    const original = status.conditions;
    setDeploymentCondition(
      status,
      newDeploymentCondition('Progressing', 'True', 'NewReplicaSetAvailable', 'done', 5000),
    );
    expect(status.conditions?.map((c) => c.type)).toEqual(['Available', 'Progressing']);
    expect(getDeploymentCondition(status, 'Progressing')).toMatchObject({
      lastUpdateTime: toTime(5000),
      lastTransitionTime: toTime(0),
    });
    expect(original?.map((c) => c.type)).toEqual(['Progressing', 'Available']); // old array untouched
    setDeploymentCondition(
      status,
      newDeploymentCondition('Available', 'True', 'MinimumReplicasAvailable', 'ok', 7000),
    );
    expect(getDeploymentCondition(status, 'Available')?.lastTransitionTime).toBe(toTime(7000));
  });

  it('removeDeploymentCondition drops the list when it becomes empty', () => {
    const status: DeploymentStatus = {
      conditions: [newDeploymentCondition('Progressing', 'True', 'x', 'y', 0)],
    };
    removeDeploymentCondition(status, 'Available');
    expect(status.conditions).toHaveLength(1);
    removeDeploymentCondition(status, 'Progressing');
    expect(status.conditions).toBeUndefined();
  });

  it('renders the exact messages of the condition catalogue', () => {
    expect(conditionMessages.newReplicaSetCreated('nginx-7854ff8877')).toBe(
      'Created new replica set "nginx-7854ff8877"',
    );
    expect(conditionMessages.foundNewReplicaSet('rs')).toBe('Found new replica set "rs"');
    expect(conditionMessages.failedRSCreate('rs', 'boom')).toBe(
      'Failed to create new replica set "rs": boom',
    );
    expect(conditionMessages.progressing('d', 'rs')).toBe('ReplicaSet "rs" is progressing.');
    expect(conditionMessages.progressing('d')).toBe('Deployment "d" is progressing.');
    expect(conditionMessages.successfullyProgressed('d', 'rs')).toBe(
      'ReplicaSet "rs" has successfully progressed.',
    );
    expect(conditionMessages.timedOut('d')).toBe('Deployment "d" has timed out progressing.');
    expect(conditionMessages.paused).toBe('Deployment is paused');
    expect(conditionMessages.resumed).toBe('Deployment is resumed');
  });

  it('MaxInt32 means no deadline / no history limit', () => {
    expect(hasProgressDeadline(newDeployment('d', 1, { progressDeadlineSeconds: 600 }))).toBe(true);
    expect(hasProgressDeadline(newDeployment('d', 1, { progressDeadlineSeconds: 2147483647 }))).toBe(false);
    expect(hasProgressDeadline(newDeployment('d', 1))).toBe(false);
    expect(hasRevisionHistoryLimit(newDeployment('d', 1, { revisionHistoryLimit: 0 }))).toBe(true);
    expect(hasRevisionHistoryLimit(newDeployment('d', 1, { revisionHistoryLimit: 2147483647 }))).toBe(false);
  });
});
