// Mirrors k8s.io/client-go/util/jsonpath/node.go: the parsed template.

/** One slice bound of `[start:end:step]`. */
export interface ParamsEntry {
  value: number;
  known: boolean;
  /** The end bound of `[i]` is derived as i+1 (so `[-1]` means the last element). */
  derived: boolean;
}

/** A template node. Object identity matters: `{end}` is found again by identity, as upstream does. */
export type Node =
  | { type: 'list'; nodes: Node[] }
  | { type: 'text'; text: string }
  | { type: 'field'; name: string }
  | { type: 'array'; params: [ParamsEntry, ParamsEntry, ParamsEntry] }
  | { type: 'filter'; left: ListNode; right: ListNode; operator: string }
  | { type: 'int'; value: number }
  | { type: 'float'; value: number }
  | { type: 'bool'; value: boolean }
  | { type: 'wildcard' }
  | { type: 'recursive' }
  | { type: 'union'; nodes: ListNode[] }
  | { type: 'identifier'; name: string };

export type ListNode = Extract<Node, { type: 'list' }>;

/** A new, empty list node. */
export function newList(): ListNode {
  return { type: 'list', nodes: [] };
}
