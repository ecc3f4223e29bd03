// Resource amounts the scheduler compares: CPU in millicores, memory in bytes (resource.Quantity subset).

const SUFFIX: Record<string, number> = {
  '': 1,
  m: 1e-3,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  Ki: 1024,
  Mi: 1024 ** 2,
  Gi: 1024 ** 3,
  Ti: 1024 ** 4,
};

/** A quantity's value in base units (e.g. `200m` → 0.2, `512Mi` → 536870912), 0 when absent or unparsable. */
export function quantityValue(q: string | undefined): number {
  if (!q) return 0;
  const m = /^([+-]?[0-9.]+)(m|k|M|G|T|Ki|Mi|Gi|Ti|)$/.exec(q.trim());
  if (!m) return 0;
  return Number(m[1]) * (SUFFIX[m[2]!] ?? 1);
}

export const cpuMillis = (q: string | undefined): number => Math.round(quantityValue(q) * 1000);
export const memoryBytes = (q: string | undefined): number => Math.round(quantityValue(q));
