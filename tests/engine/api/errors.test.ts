// API failure Status objects, the resource table and the controller-ref helpers.
import { describe, expect, it } from 'vitest';
import type { Deployment, ReplicaSet } from '../../../src/engine/api/types';
import { invalid, required } from '../../../src/engine/api/fieldErrors';
import {
  alreadyExistsStatus,
  cannotBeHandledStatus,
  conflictStatus,
  invalidStatus,
  notFoundStatus,
} from '../../../src/engine/api/errors';
import { groupKindString, groupResourceString, resolveResource } from '../../../src/engine/api/names';
import { getControllerOf, isControlledBy, newControllerRef, objectKey } from '../../../src/engine/api/meta';
import { ERR_FORMAT_WRONG } from '../../../src/engine/api/quantity';

describe('Status builders', () => {
  it('not found / already exists', () => {
    expect(notFoundStatus('deployments.apps', 'x')).toEqual({
      kind: 'Status',
      status: 'Failure',
      message: 'deployments.apps "x" not found',
      reason: 'NotFound',
      details: { name: 'x', group: 'apps', kind: 'deployments' },
      code: 404,
    });
    expect(notFoundStatus('Pod', 'web-1').message).toBe('pods "web-1" not found');
    expect(notFoundStatus('Pod', 'web-1').details).toEqual({ name: 'web-1', kind: 'pods' });
    expect(alreadyExistsStatus('Deployment', 'x')).toMatchObject({
      message: 'deployments.apps "x" already exists',
      reason: 'AlreadyExists',
      code: 409,
    });
  });
  it('conflict', () => {
    expect(conflictStatus('replicasets.apps', 'web-66b6c48dd5')).toMatchObject({
      message:
        'Operation cannot be fulfilled on replicasets.apps "web-66b6c48dd5": the object has been modified; please apply your changes to the latest version and try again',
      reason: 'Conflict',
      code: 409,
    });
  });
  it('invalid: one error alone, several in brackets, duplicates dropped, causes listed', () => {
    const one = invalidStatus('Deployment', 'nginx', [
      invalid('spec.replicas', -1, 'must be greater than or equal to 0'),
    ]);
    expect(one.message).toBe(
      'Deployment.apps "nginx" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0',
    );
    expect(one.code).toBe(422);
    expect(one.details).toEqual({
      name: 'nginx',
      group: 'apps',
      kind: 'Deployment',
      causes: [
        {
          reason: 'FieldValueInvalid',
          message: 'Invalid value: -1: must be greater than or equal to 0',
          field: 'spec.replicas',
        },
      ],
    });
    const two = invalidStatus('Pod', 'p', [
      required('spec.containers[0].image'),
      required('spec.containers[0].image'),
      required('metadata.namespace'),
    ]);
    expect(two.message).toBe(
      'Pod "p" is invalid: [spec.containers[0].image: Required value, metadata.namespace: Required value]',
    );
    expect(two.details?.causes).toHaveLength(3);
    expect(two.details?.group).toBeUndefined();
    expect(invalidStatus('Deployment', 'x', []).message).toBe('Deployment.apps "x" is invalid');
  });
  it('decode failures are BadRequest', () => {
    expect(cannotBeHandledStatus('Deployment', ERR_FORMAT_WRONG)).toEqual({
      kind: 'Status',
      status: 'Failure',
      message: `Deployment in version "v1" cannot be handled as a Deployment: quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'`,
      reason: 'BadRequest',
      code: 400,
    });
  });
});

describe('resource names', () => {
  it('group resource / group kind strings', () => {
    expect(groupResourceString('Deployment')).toBe('deployments.apps');
    expect(groupResourceString('ReplicaSet')).toBe('replicasets.apps');
    expect(groupResourceString('Pod')).toBe('pods');
    expect(groupResourceString('Node')).toBe('nodes');
    expect(groupResourceString('Event')).toBe('events');
    expect(groupKindString('Deployment')).toBe('Deployment.apps');
    expect(groupKindString('Pod')).toBe('Pod');
  });
  it.each([
    ['deploy', 'Deployment'],
    ['deployment', 'Deployment'],
    ['deployments', 'Deployment'],
    ['Deployment', 'Deployment'],
    ['deployments.apps', 'Deployment'],
    ['deployment.v1.apps', 'Deployment'],
    ['rs', 'ReplicaSet'],
    ['replicaset', 'ReplicaSet'],
    ['po', 'Pod'],
    ['pod', 'Pod'],
    ['PODS', 'Pod'],
    ['no', 'Node'],
    ['nodes', 'Node'],
    ['ev', 'Event'],
    ['event', 'Event'],
  ])('%s → %s', (arg, kind) => {
    expect(resolveResource(arg)?.kind).toBe(kind);
  });
  it('unknown types and wrong groups do not resolve', () => {
    expect(resolveResource('foo')).toBeUndefined();
    expect(resolveResource('deployments.extensions')).toBeUndefined();
    expect(resolveResource('pods.apps')).toBeUndefined();
  });
});

describe('controller refs', () => {
  const d = {
    kind: 'Deployment',
    metadata: { name: 'web', namespace: 'default', uid: 'uid-d' },
  } as Deployment;
  it('newControllerRef / getControllerOf / isControlledBy', () => {
    const ref = newControllerRef(d);
    expect(ref).toEqual({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      name: 'web',
      uid: 'uid-d',
      controller: true,
      blockOwnerDeletion: true,
    });
    const rs = {
      kind: 'ReplicaSet',
      metadata: { name: 'web-1', ownerReferences: [{ ...ref, controller: false, uid: 'other' }, ref] },
    } as ReplicaSet;
    expect(getControllerOf(rs)).toBe(ref);
    expect(isControlledBy(rs, d)).toBe(true);
    expect(isControlledBy(rs, { metadata: { uid: 'nope' } })).toBe(false);
    expect(getControllerOf({ metadata: {} })).toBeUndefined();
  });
  it('objectKey', () => {
    expect(objectKey('default', 'web')).toBe('default/web');
    expect(objectKey(undefined, 'node-1')).toBe('node-1');
  });
});
