// Result shape for the util functions that return (value, error) in upstream Go.

/** A value, or the error text upstream would return instead (the value is then meaningless). */
export type Fallible<T> = { value: T; error?: undefined } | { value?: undefined; error: string };

/** MaxInt32: `progressDeadlineSeconds` / `revisionHistoryLimit` of this value mean "unbounded". */
export const MAX_INT32 = 2_147_483_647;
