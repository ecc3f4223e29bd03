// Mirrors slowStartBatch of pkg/controller/replicaset/replica_set.go: pods are created in batches of 1, 2, 4, 8 …
// so a systematic failure (quota, admission) costs one call instead of hundreds (spec §11.1).

/**
 * slowStartBatch calls `fn` `count` times in batches that double from `initialBatchSize` (each batch is
 * min(2 × previous, remaining)). Every call of a batch is made (upstream runs them in parallel); if any of them
 * fails (`fn` returns false) no further batch starts. Returns the number of successful calls, so
 * `successes < count` means an error stopped the creation and `count − successes` creations were skipped or failed.
 * Example: count 10, the 6th call onwards fails → batches 1, 2, 4 → 7 calls, 5 successes, batch of 3 never starts.
 */
export function slowStartBatch(count: number, initialBatchSize: number, fn: () => boolean): number {
  let remaining = count;
  let successes = 0;
  for (
    let batchSize = Math.min(remaining, initialBatchSize);
    batchSize > 0;
    batchSize = Math.min(2 * batchSize, remaining)
  ) {
    let failures = 0;
    for (let i = 0; i < batchSize; i++) if (!fn()) failures++;
    successes += batchSize - failures;
    if (failures > 0) return successes;
    remaining -= batchSize;
  }
  return successes;
}
