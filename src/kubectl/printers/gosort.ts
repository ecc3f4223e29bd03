// Go's sort.Sort / sort.Slice (pattern-defeating quicksort, Go ≥ 1.19), so ties end up in the same order as in
// kubectl: Go's sort is NOT stable for more than 12 elements (e.g. events with equal lastTimestamp).
// Mirrors golang/go src/sort/zsortinterface.go (pdqsort, insertionSort, heapSort, partition, breakPatterns …).

type Less = (i: number, j: number) => boolean;
type Swap = (i: number, j: number) => void;

const INCREASING = 1;
const DECREASING = 2;
const UNKNOWN = 0;

/** bits.Len: number of bits needed to represent n (0 for 0). */
const bitsLen = (n: number): number => (n === 0 ? 0 : n.toString(2).length);

function insertionSort(less: Less, swap: Swap, a: number, b: number): void {
  for (let i = a + 1; i < b; i++) for (let j = i; j > a && less(j, j - 1); j--) swap(j, j - 1);
}

function siftDown(less: Less, swap: Swap, lo: number, hi: number, first: number): void {
  let root = lo;
  for (;;) {
    let child = 2 * root + 1;
    if (child >= hi) return;
    if (child + 1 < hi && less(first + child, first + child + 1)) child++;
    if (!less(first + root, first + child)) return;
    swap(first + root, first + child);
    root = child;
  }
}

function heapSort(less: Less, swap: Swap, a: number, b: number): void {
  const hi = b - a;
  for (let i = Math.floor((hi - 1) / 2); i >= 0; i--) siftDown(less, swap, i, hi, a);
  for (let i = hi - 1; i >= 0; i--) {
    swap(a, a + i);
    siftDown(less, swap, 0, i, a);
  }
}

function partition(less: Less, swap: Swap, a: number, b: number, pivot: number): [number, boolean] {
  swap(a, pivot);
  let i = a + 1;
  let j = b - 1;
  while (i <= j && less(i, a)) i++;
  while (i <= j && !less(j, a)) j--;
  if (i > j) {
    swap(j, a);
    return [j, true];
  }
  swap(i, j);
  i++;
  j--;
  for (;;) {
    while (i <= j && less(i, a)) i++;
    while (i <= j && !less(j, a)) j--;
    if (i > j) break;
    swap(i, j);
    i++;
    j--;
  }
  swap(j, a);
  return [j, false];
}

function partitionEqual(less: Less, swap: Swap, a: number, b: number, pivot: number): number {
  swap(a, pivot);
  let i = a + 1;
  let j = b - 1;
  for (;;) {
    while (i <= j && !less(a, i)) i++;
    while (i <= j && less(a, j)) j--;
    if (i > j) break;
    swap(i, j);
    i++;
    j--;
  }
  return i;
}

function partialInsertionSort(less: Less, swap: Swap, a: number, b: number): boolean {
  const maxSteps = 5;
  const shortestShifting = 50;
  let i = a + 1;
  for (let step = 0; step < maxSteps; step++) {
    while (i < b && !less(i, i - 1)) i++;
    if (i === b) return true;
    if (b - a < shortestShifting) return false;
    swap(i, i - 1);
    if (i - a >= 2) {
      for (let j = i - 1; j >= 1; j--) {
        if (!less(j, j - 1)) break;
        swap(j, j - 1);
      }
    }
    if (b - i >= 2) {
      for (let j = i + 1; j < b; j++) {
        if (!less(j, j - 1)) break;
        swap(j, j - 1);
      }
    }
  }
  return false;
}

const MASK64 = (1n << 64n) - 1n;

function breakPatterns(swap: Swap, a: number, b: number): void {
  const length = b - a;
  if (length < 8) return;
  let random = BigInt(length); // xorshift seeded with the length
  const modulus = 2 ** bitsLen(length);
  for (let idx = a + Math.floor(length / 4) * 2 - 1; idx <= a + Math.floor(length / 4) * 2 + 1; idx++) {
    random ^= (random << 13n) & MASK64;
    random ^= random >> 7n;
    random ^= (random << 17n) & MASK64;
    let other = Number(random & BigInt(modulus - 1));
    if (other >= length) other -= length;
    swap(idx, a + other);
  }
}

function choosePivot(less: Less, a: number, b: number): [number, number] {
  const l = b - a;
  const counter = { swaps: 0 };
  const order2 = (x: number, y: number): [number, number] => {
    if (less(y, x)) {
      counter.swaps++;
      return [y, x];
    }
    return [x, y];
  };
  // median of three: a, b = order2(a, b); b, c = order2(b, c); a, b = order2(a, b); return b
  const median = (a0: number, b0: number, c0: number): number => {
    const [a1, b1] = order2(a0, b0);
    const [b2] = order2(b1, c0);
    return order2(a1, b2)[1];
  };
  let i = a + Math.floor(l / 4) * 1;
  let j = a + Math.floor(l / 4) * 2;
  let k = a + Math.floor(l / 4) * 3;
  if (l >= 8) {
    if (l >= 50) {
      i = median(i - 1, i, i + 1);
      j = median(j - 1, j, j + 1);
      k = median(k - 1, k, k + 1);
    }
    j = median(i, j, k);
  }
  if (counter.swaps === 0) return [j, INCREASING];
  if (counter.swaps === 12) return [j, DECREASING];
  return [j, UNKNOWN];
}

function reverseRange(swap: Swap, a: number, b: number): void {
  for (let i = a, j = b - 1; i < j; i++, j--) swap(i, j);
}

function pdqsort(less: Less, swap: Swap, aIn: number, bIn: number, limitIn: number): void {
  let a = aIn;
  let b = bIn;
  let limit = limitIn;
  let wasBalanced = true;
  let wasPartitioned = true;
  for (;;) {
    const length = b - a;
    if (length <= 12) {
      insertionSort(less, swap, a, b);
      return;
    }
    if (limit === 0) {
      heapSort(less, swap, a, b);
      return;
    }
    if (!wasBalanced) {
      breakPatterns(swap, a, b);
      limit--;
    }
    let [pivot, hint] = choosePivot(less, a, b);
    if (hint === DECREASING) {
      reverseRange(swap, a, b);
      pivot = b - 1 - (pivot - a);
      hint = INCREASING;
    }
    if (wasBalanced && wasPartitioned && hint === INCREASING && partialInsertionSort(less, swap, a, b))
      return;
    if (a > 0 && !less(a - 1, pivot)) {
      a = partitionEqual(less, swap, a, b, pivot);
      continue;
    }
    const [mid, alreadyPartitioned] = partition(less, swap, a, b, pivot);
    wasPartitioned = alreadyPartitioned;
    const leftLen = mid - a;
    const rightLen = b - mid;
    const balanceThreshold = Math.floor(length / 8);
    if (leftLen < rightLen) {
      wasBalanced = leftLen >= balanceThreshold;
      pdqsort(less, swap, a, mid, limit);
      a = mid + 1;
    } else {
      wasBalanced = rightLen >= balanceThreshold;
      pdqsort(less, swap, mid + 1, b, limit);
      b = mid;
    }
  }
}

/**
 * goSort sorts `items` in place exactly as Go's sort.Sort/sort.Slice would with the same `less`: the same
 * comparisons and swaps, hence the same final order of equal elements (≤ 12 elements: insertion sort, stable).
 */
export function goSort<T>(items: T[], less: (x: T, y: T) => boolean): void {
  const n = items.length;
  const lessIdx: Less = (i, j) => less(items[i] as T, items[j] as T);
  const swap: Swap = (i, j) => {
    const t = items[i] as T;
    items[i] = items[j] as T;
    items[j] = t;
  };
  pdqsort(lessIdx, swap, 0, n, bitsLen(n));
}
