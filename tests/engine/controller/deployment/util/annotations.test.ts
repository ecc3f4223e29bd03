import { describe, expect, it } from 'vitest';
import {
  ChangeCauseAnnotation,
  DesiredReplicasAnnotation,
  LastAppliedConfigAnnotation,
  MaxReplicasAnnotation,
  RevisionAnnotation,
  RevisionHistoryAnnotation,
  RollbackToAnnotation,
  copyDeploymentAnnotationsToReplicaSet,
  getDesiredReplicasAnnotation,
  getNonNegativeInt32FromAnnotation,
  isSaturated,
  lastRevision,
  maxRevision,
  replicasAnnotationsNeedUpdate,
  revision,
  setDeploymentAnnotationsTo,
  setDeploymentRevision,
  setNewReplicaSetAnnotations,
  setReplicasAnnotations,
  skipCopyAnnotation,
} from '../../../../../src/engine/controller/deployment/util';
import { applicableCases, loadVectors } from '../../../../fixtures/conformance';
import { newDeployment, rs } from '../../builders';

describe('replicasAnnotationsNeedUpdate (TestReplicasAnnotationsNeedUpdate)', () => {
  const file = loadVectors<{ rsAnnotations: Record<string, string> | null; expected: boolean }>(
    'TestReplicasAnnotationsNeedUpdate',
  );
  for (const c of applicableCases(file)) {
    it(c.name, () => {
      const r = rs('hello', 5, c.rsAnnotations ? { annotations: c.rsAnnotations } : {});
      expect(replicasAnnotationsNeedUpdate(r, 10, 20)).toBe(c.expected);
    });
  }
});

interface AnnotationStep {
  call: string;
  newRevision: string;
  exists: boolean;
  revHistoryLimitInChars: number;
  expectRevisionAnnotation: string;
  expectRevisionHistoryAnnotation?: string;
}

interface AnnotationUtilsCase {
  initial?: { deploymentAnnotations: Record<string, string>; rsAnnotations: Record<string, string> | null };
  steps?: AnnotationStep[];
  expectUpdated?: boolean;
  expectAnnotations?: Record<string, string>;
  deploymentReplicas?: number;
  rs?: { specReplicas: number; statusAvailableReplicas: number; annotations: Record<string, string> };
  expected?: boolean;
}

describe('annotation utils (TestAnnotationUtils)', () => {
  const cases = applicableCases(loadVectors<AnnotationUtilsCase>('TestAnnotationUtils'));
  const byName = (name: string): AnnotationUtilsCase => {
    const c = cases.find((x) => x.name === name);
    if (!c) throw new Error(`missing case ${name}`);
    return c;
  };
  it('covers every case of the file', () => {
    expect(cases.map((c) => c.name).sort()).toEqual([
      'IsSaturated',
      'SetNewReplicaSetAnnotations',
      'SetReplicasAnnotations',
    ]);
  });

  it('SetNewReplicaSetAnnotations', () => {
    const c = byName('SetNewReplicaSetAnnotations');
    const d = newDeployment('foo', 1, { annotations: c.initial?.deploymentAnnotations ?? {} });
    const r = rs('hello', 1, c.initial?.rsAnnotations ? { annotations: c.initial.rsAnnotations } : {});
    for (const step of c.steps ?? []) {
      setNewReplicaSetAnnotations(d, r, step.newRevision, step.exists, step.revHistoryLimitInChars);
      expect(r.metadata.annotations?.[RevisionAnnotation]).toBe(step.expectRevisionAnnotation);
      if (step.expectRevisionHistoryAnnotation !== undefined) {
        expect(r.metadata.annotations?.[RevisionHistoryAnnotation]).toBe(
          step.expectRevisionHistoryAnnotation,
        );
      }
      if (step.newRevision === '12') expect(r.metadata.annotations?.[RevisionHistoryAnnotation]).toBe('11');
    }
  });

  it('SetReplicasAnnotations', () => {
    const c = byName('SetReplicasAnnotations');
    const r = rs('hello', 1);
    expect(setReplicasAnnotations(r, 10, 11)).toBe(c.expectUpdated);
    expect(r.metadata.annotations).toEqual(c.expectAnnotations);
    expect(setReplicasAnnotations(r, 10, 11)).toBe(false);
  });

  it('IsSaturated', () => {
    const c = byName('IsSaturated');
    if (!c.rs || c.deploymentReplicas === undefined) throw new Error('vector case incomplete');
    const d = newDeployment('foo', c.deploymentReplicas);
    const r = rs('foo-rs', c.rs.specReplicas, {
      annotations: c.rs.annotations,
      status: { availableReplicas: c.rs.statusAvailableReplicas },
    });
    expect(isSaturated(d, r)).toBe(c.expected);
  });
});

describe('setNewReplicaSetAnnotations', () => {
  it('copies change-cause, sets revision and replica annotations for an RS about to be created', () => {
    const d = newDeployment('nginx', 10, {
      maxSurge: '25%',
      maxUnavailable: '25%',
      annotations: {
        [ChangeCauseAnnotation]: 'set image',
        [RevisionAnnotation]: '3',
        [LastAppliedConfigAnnotation]: '{}',
      },
    });
    const r = rs('nginx-abc', 0);
    expect(setNewReplicaSetAnnotations(d, r, '4', false)).toBe(true);
    expect(r.metadata.annotations).toEqual({
      [ChangeCauseAnnotation]: 'set image',
      [RevisionAnnotation]: '4',
      [DesiredReplicasAnnotation]: '10',
      [MaxReplicasAnnotation]: '13',
    });
    expect(setNewReplicaSetAnnotations(d, r, '4', true)).toBe(false);
  });

  it('never lowers a revision and compares numerically (9 < 10)', () => {
    const d = newDeployment('nginx', 1);
    const r = rs('x', 1, { annotations: { [RevisionAnnotation]: '9' } });
    expect(setNewReplicaSetAnnotations(d, r, '10', true)).toBe(true);
    expect(r.metadata.annotations?.[RevisionAnnotation]).toBe('10');
    expect(r.metadata.annotations?.[RevisionHistoryAnnotation]).toBe('9');
    expect(setNewReplicaSetAnnotations(d, r, '7', true)).toBe(false);
    expect(r.metadata.annotations?.[RevisionAnnotation]).toBe('10');
  });

  it('rollback re-use: revision 2 becomes 4 with history "2" (spec §9.1)', () => {
    const d = newDeployment('nginx', 1);
    const r = rs('rs-v2', 0, { annotations: { [RevisionAnnotation]: '2' } });
    setNewReplicaSetAnnotations(d, r, '4', true);
    expect(r.metadata.annotations?.[RevisionAnnotation]).toBe('4');
    expect(r.metadata.annotations?.[RevisionHistoryAnnotation]).toBe('2');
  });

  it('gives up on an unparsable revision like upstream', () => {
    const d = newDeployment('nginx', 1, { annotations: { [ChangeCauseAnnotation]: 'x' } });
    const r = rs('x', 1, { annotations: { [RevisionAnnotation]: 'abc' } });
    expect(setNewReplicaSetAnnotations(d, r, '2', true)).toBe(false);
    expect(r.metadata.annotations?.[RevisionAnnotation]).toBe('abc');
    expect(setNewReplicaSetAnnotations(d, rs('y', 1), 'two', true)).toBe(false);
  });
});

describe('getNonNegativeInt32FromAnnotation (TestGetNonNegativeInt32FromAnnotation)', () => {
  const file = loadVectors<{
    annotations: Record<string, string> | null;
    expectedValue: number;
    expectedValid: boolean;
    expectedErr: string;
  }>('TestGetNonNegativeInt32FromAnnotation');
  for (const c of applicableCases(file)) {
    it(c.name, () => {
      const r = rs('hello', 1, c.annotations ? { annotations: c.annotations } : {});
      const got = getNonNegativeInt32FromAnnotation(r, 'test');
      expect(got.value).toBe(c.expectedValue);
      expect(got.valid).toBe(c.expectedValid);
      if (c.expectedErr === '') expect(got.error).toBeUndefined();
      else expect(got.error).toContain(c.expectedErr);
    });
  }

  it('getDesiredReplicasAnnotation returns undefined for absent or invalid values', () => {
    expect(
      getDesiredReplicasAnnotation(rs('a', 1, { annotations: { [DesiredReplicasAnnotation]: '7' } })),
    ).toBe(7);
    expect(
      getDesiredReplicasAnnotation(rs('a', 1, { annotations: { [DesiredReplicasAnnotation]: '-7' } })),
    ).toBe(undefined);
    expect(getDesiredReplicasAnnotation(rs('a', 1))).toBe(undefined);
  });
});

describe('revisions', () => {
  const withRev = (name: string, rev?: string) =>
    rs(name, 1, rev === undefined ? {} : { annotations: { [RevisionAnnotation]: rev } });

  it('parses the revision annotation (missing = 0, garbage = error)', () => {
    expect(revision(withRev('a', '12'))).toEqual({ value: 12 });
    expect(revision(withRev('a'))).toEqual({ value: 0 });
    expect(revision(withRev('a', 'x')).error).toBe('strconv.ParseInt: parsing "x": invalid syntax');
    expect(revision(withRev('a', '99999999999999999999')).error).toContain('value out of range');
  });

  it('maxRevision and lastRevision skip unparsable revisions', () => {
    const list = [withRev('a', '1'), withRev('b', '4'), withRev('c', 'x'), withRev('d', '3')];
    expect(maxRevision(list)).toBe(4);
    expect(lastRevision(list)).toBe(3);
    expect(lastRevision([withRev('a', '4'), withRev('b', '4')])).toBe(4);
    expect(maxRevision([])).toBe(0);
  });

  it('setDeploymentRevision reports changes', () => {
    const d = newDeployment('nginx', 1);
    expect(setDeploymentRevision(d, '2')).toBe(true);
    expect(setDeploymentRevision(d, '2')).toBe(false);
    expect(d.metadata.annotations?.[RevisionAnnotation]).toBe('2');
  });
});

describe('annotation copying', () => {
  it('skips controller-managed annotations', () => {
    for (const k of [
      LastAppliedConfigAnnotation,
      RevisionAnnotation,
      RevisionHistoryAnnotation,
      DesiredReplicasAnnotation,
      MaxReplicasAnnotation,
      RollbackToAnnotation,
    ]) {
      expect(skipCopyAnnotation(k)).toBe(true);
    }
    expect(skipCopyAnnotation(ChangeCauseAnnotation)).toBe(false);
  });

  it('copyDeploymentAnnotationsToReplicaSet keeps RS-only annotations', () => {
    const d = newDeployment('n', 1, { annotations: { a: '1', [RevisionAnnotation]: '5' } });
    const r = rs('r', 1, { annotations: { b: '2', [RevisionAnnotation]: '4' } });
    expect(copyDeploymentAnnotationsToReplicaSet(d, r)).toBe(true);
    expect(r.metadata.annotations).toEqual({ a: '1', b: '2', [RevisionAnnotation]: '4' });
    expect(copyDeploymentAnnotationsToReplicaSet(d, r)).toBe(false);
  });

  it('setDeploymentAnnotationsTo (rollback) takes the RS change-cause and keeps managed keys', () => {
    const d = newDeployment('n', 1, {
      annotations: { [ChangeCauseAnnotation]: 'v3', [RevisionAnnotation]: '3', other: 'gone' },
    });
    const r = rs('r', 1, {
      annotations: {
        [ChangeCauseAnnotation]: 'v2',
        [RevisionAnnotation]: '2',
        [DesiredReplicasAnnotation]: '1',
      },
    });
    setDeploymentAnnotationsTo(d, r);
    expect(d.metadata.annotations).toEqual({ [ChangeCauseAnnotation]: 'v2', [RevisionAnnotation]: '3' });
  });
});
