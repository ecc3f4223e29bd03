// Mirrors Go's sort package as strategicpatch uses it: sort.SliceStable step for step, and sort.Sort with a
// non-strict comparator — the exact steps matter because the comparators are not strict weak orders.
import { goLess } from './goJson';

/** sort.SliceStable: insertion sort on blocks of 20, then SymMerge (Go's sort.Stable, step for step). */
export function goStableSort<T>(data: T[], less: (a: T, b: T) => boolean): void {
  const lessAt = (i: number, j: number): boolean => less(data[i] as T, data[j] as T);
  const swap = (i: number, j: number): void => {
    const t = data[i] as T;
    data[i] = data[j] as T;
    data[j] = t;
  };
  const insertionSort = (a: number, b: number): void => {
    for (let i = a + 1; i < b; i++) for (let j = i; j > a && lessAt(j, j - 1); j--) swap(j, j - 1);
  };
  const swapRange = (a: number, b: number, n: number): void => {
    for (let i = 0; i < n; i++) swap(a + i, b + i);
  };
  const rotate = (a: number, m: number, b: number): void => {
    let i = m - a;
    let j = b - m;
    while (i !== j) {
      if (i > j) {
        swapRange(m - i, m, j);
        i -= j;
      } else {
        swapRange(m - i, m + j - i, i);
        j -= i;
      }
    }
    swapRange(m - i, m, i);
  };
  const symMerge = (a: number, m: number, b: number): void => {
    if (m - a === 1) {
      let i = m;
      let j = b;
      while (i < j) {
        const h = (i + j) >>> 1;
        if (lessAt(h, a)) i = h + 1;
        else j = h;
      }
      for (let k = a; k < i - 1; k++) swap(k, k + 1);
      return;
    }
    if (b - m === 1) {
      let i = a;
      let j = m;
      while (i < j) {
        const h = (i + j) >>> 1;
        if (!lessAt(m, h)) i = h + 1;
        else j = h;
      }
      for (let k = m; k > i; k--) swap(k, k - 1);
      return;
    }
    const mid = (a + b) >>> 1;
    const n = mid + m;
    let start: number;
    let r: number;
    if (m > mid) {
      start = n - b;
      r = mid;
    } else {
      start = a;
      r = m;
    }
    const p = n - 1;
    while (start < r) {
      const c = (start + r) >>> 1;
      if (!lessAt(p - c, c)) start = c + 1;
      else r = c;
    }
    const end = n - start;
    if (start < m && m < end) rotate(start, m, end);
    if (a < start && start < mid) symMerge(a, start, mid);
    if (mid < end && end < b) symMerge(mid, end, b);
  };
  const n = data.length;
  let blockSize = 20;
  let a = 0;
  let b = blockSize;
  while (b <= n) {
    insertionSort(a, b);
    a = b;
    b += blockSize;
  }
  insertionSort(a, n);
  while (blockSize < n) {
    a = 0;
    b = 2 * blockSize;
    while (b <= n) {
      symMerge(a, a + blockSize, b);
      a = b;
      b += 2 * blockSize;
    }
    const m = a + blockSize;
    if (m < n) symMerge(a, m, n);
    blockSize *= 2;
  }
}

/**
 * sort.Sort with strategicpatch's comparator `StringsAreSorted([a, b])` (a <= b on the %v strings). For up to
 * 12 elements Go's pdqsort is an insertion sort, which moves an element before an equal one — so equal keys
 * come out reversed; larger lists fall back to a stable sort (only their equal keys may differ from Go).
 */
export function goSortByString<T>(items: T[], key: (t: T) => string): T[] {
  const out = [...items];
  const le = (x: T, y: T): boolean => !goLess(key(y), key(x));
  if (out.length <= 12) {
    for (let i = 1; i < out.length; i++) {
      for (let j = i; j > 0 && le(out[j] as T, out[j - 1] as T); j--) {
        const t = out[j] as T;
        out[j] = out[j - 1] as T;
        out[j - 1] = t;
      }
    }
    return out;
  }
  goStableSort(out, (x, y) => goLess(key(x), key(y)));
  return out;
}
