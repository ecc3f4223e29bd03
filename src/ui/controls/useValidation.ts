// Live validation: the control's kubectl command run with --dry-run=server in the worker; the API server's
// field errors come back for inline display before anything is applied.
import { useEffect, useState } from 'react';
import type { FieldCause } from '../../worker/protocol';
import { useClient } from '../store/context';

/** The causes for `argv` (undefined = nothing to check or not answered yet). */
export function useValidation(argv: string[] | undefined): FieldCause[] | undefined {
  const client = useClient();
  const key = argv ? JSON.stringify(argv) : '';
  const [answer, setAnswer] = useState<{ key: string; causes: FieldCause[] }>();
  useEffect(() => {
    if (key === '') return;
    let live = true;
    void client.validate(JSON.parse(key) as string[]).then((r) => {
      if (live) setAnswer({ key, causes: r.causes });
    });
    return () => {
      live = false;
    };
  }, [client, key]);
  return answer && answer.key === key && key !== '' ? answer.causes : undefined;
}

/** The causes about one field path (or, with `rest`, those matching none of `paths`). */
export function causesFor(causes: FieldCause[] | undefined, path: string): FieldCause[] {
  return (causes ?? []).filter((c) => c.field === path);
}

/** Causes not attached to any of the given field paths. */
export function otherCauses(causes: FieldCause[] | undefined, paths: readonly string[]): FieldCause[] {
  return (causes ?? []).filter((c) => !paths.includes(c.field));
}
