// Mirrors k8s.io/apimachinery/pkg/util/strategicpatch/meta.go (PatchMetaFromStruct): patch strategy and
// merge key of a field, and the schema of its value, looked up in the struct table of schema.ts.
import type { TypeRef } from './schema';
import { fieldOf, rootStruct, STRUCTS, structOf } from './schema';

/** The struct-tag metadata of one field. */
export interface PatchMeta {
  strategies: string[];
  mergeKey: string;
}

/** LookupPatchMeta: metadata of the fields of one Go type. */
export interface LookupPatchMeta {
  /** LookupPatchMetadataForStruct: a field holding a map or struct. */
  forStruct(key: string): [LookupPatchMeta, PatchMeta];
  /** LookupPatchMetadataForSlice: a field holding a list; the schema returned is the element's. */
  forSlice(key: string): [LookupPatchMeta, PatchMeta];
  /** Name(): the Go kind, used in one error text. */
  name(): string;
}

const NO_META: PatchMeta = { strategies: [], mergeKey: '' };

/**
 * An unmodelled type: maps merge key by key, lists are replaced. Upstream would fail with `unable to find
 * api field in struct X for the json field "k"`, but only for fields a typed object cannot contain.
 */
export const OPEN_SCHEMA: LookupPatchMeta = {
  forStruct: () => [OPEN_SCHEMA, NO_META],
  forSlice: () => [OPEN_SCHEMA, NO_META],
  name: () => 'interface',
};

/** The schema of a value of type t. */
export function schemaFor(t: TypeRef): LookupPatchMeta {
  if (t.k === 'struct') {
    const s = structOf(t);
    if (s === undefined) return OPEN_SCHEMA;
    return {
      forStruct(key) {
        const f = fieldOf(s, key);
        return f === undefined
          ? [OPEN_SCHEMA, NO_META]
          : [schemaFor(f.type), { strategies: f.strategies, mergeKey: f.mergeKey }];
      },
      forSlice(key) {
        const f = fieldOf(s, key);
        if (f === undefined || f.type.k !== 'list') return [OPEN_SCHEMA, NO_META];
        return [schemaFor(f.type.elem), { strategies: f.strategies, mergeKey: f.mergeKey }];
      },
      name: () => 'struct',
    };
  }
  if (t.k === 'map') {
    return {
      forStruct: () => [schemaFor(t.elem), NO_META],
      forSlice: () => (t.elem.k === 'list' ? [schemaFor(t.elem.elem), NO_META] : [OPEN_SCHEMA, NO_META]),
      name: () => 'map',
    };
  }
  return OPEN_SCHEMA;
}

/** The schema of a whole object of a kind (Deployment, ReplicaSet, Pod; others are open). */
export function schemaForKind(kind: string): LookupPatchMeta {
  const root = rootStruct(kind);
  if (!STRUCTS.has(root.name) || root.open) {
    const meta = schemaFor({ k: 'struct', name: 'ObjectMeta' });
    return {
      forStruct: (key) => (key === 'metadata' ? [meta, NO_META] : [OPEN_SCHEMA, NO_META]),
      forSlice: () => [OPEN_SCHEMA, NO_META],
      name: () => 'struct',
    };
  }
  return schemaFor({ k: 'struct', name: root.name });
}

/** extractRetainKeysPatchStrategy: whether `retainKeys` is among the strategies, and the other strategy. */
export function extractRetainKeysPatchStrategy(strategies: string[]): {
  retainKeys: boolean;
  strategy: string;
} {
  const retainKeys = strategies.includes('retainKeys');
  const other = strategies.find((s) => s !== 'retainKeys') ?? '';
  return { retainKeys, strategy: other };
}
