// `-o json` and `-o yaml`: API objects printed as kubectl prints what it got from the API server.
// Mirrors k8s.io/cli-runtime/pkg/printers/json.go and yaml.go (JSONPrinter, YAMLPrinter) for unstructured objects.
import { goJsonMarshalIndent } from './output/goJson';
import { goYamlMarshal, type JsonValue } from './output/yamlEmitter';

/** Plain JSON data of an object (undefined fields dropped, as they would be on the wire). */
export function toJsonValue(obj: unknown): JsonValue {
  return JSON.parse(JSON.stringify(obj)) as JsonValue;
}

/** The `kind: List` wrapper kubectl prints for `get` of several objects (or a whole collection). */
export function listOf(items: unknown[]): JsonValue {
  return { apiVersion: 'v1', items: items.map(toJsonValue), kind: 'List', metadata: { resourceVersion: '' } };
}

/** `-o json` of one object: keys sorted at every level, 4-space indent, HTML-safe escapes, final newline. */
export function printJSON(obj: unknown): string {
  return `${goJsonMarshalIndent(toJsonValue(obj))}\n`;
}

/** `-o yaml` of one object: go-yaml v2 layout (sorted keys, `- ` items at the parent's indent, folding at 80). */
export function printYAML(obj: unknown): string {
  return goYamlMarshal(toJsonValue(obj));
}

/** Several objects through one YAMLPrinter (e.g. `create -f` with `-o yaml`): documents separated by `---`. */
export function printYAMLStream(objects: unknown[]): string {
  return objects.map(printYAML).join('---\n');
}
