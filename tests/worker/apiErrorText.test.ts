import { describe, expect, it } from 'vitest';
import { validationCauses } from '../../src/worker/apiErrorText';

describe('validationCauses', () => {
  it('extracts the single field error of an Invalid message', () => {
    expect(
      validationCauses(
        'The Deployment "nginx" is invalid: spec.strategy.rollingUpdate.maxUnavailable: Invalid value: 0: may not be 0 when `maxSurge` is 0\n',
      ),
    ).toEqual([
      {
        field: 'spec.strategy.rollingUpdate.maxUnavailable',
        message:
          'spec.strategy.rollingUpdate.maxUnavailable: Invalid value: 0: may not be 0 when `maxSurge` is 0',
      },
    ]);
  });

  it('extracts each `* field: body` line of a multi-cause message', () => {
    const text =
      'The Deployment "x" is invalid: \n* spec.replicas: Invalid value: -1: must be greater than or equal to 0\n* spec.minReadySeconds: Invalid value: -1: must be greater than or equal to 0\n';
    expect(validationCauses(text).map((c) => c.field)).toEqual(['spec.replicas', 'spec.minReadySeconds']);
  });

  it('treats any other error as one cause without a field, and no text as no cause', () => {
    expect(validationCauses('error: deployments.apps "x" is already paused\n')).toEqual([
      { field: '', message: 'deployments.apps "x" is already paused' },
    ]);
    expect(validationCauses('')).toEqual([]);
  });
});
