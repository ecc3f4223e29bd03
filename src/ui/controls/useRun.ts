// Runs a control's kubectl command through the client (it shows up in the terminal like a typed one).
import { useCallback } from 'react';
import { useClient } from '../store/context';

export function useRun(): (argv: string[]) => void {
  const client = useClient();
  return useCallback((argv: string[]) => client.send({ type: 'kubectl', argv, source: 'control' }), [client]);
}
