// `kubectl api-resources`: the resource types the simulated API server serves (core group first, names sorted
// within a group). Mirrors kubectl pkg/cmd/apiresources/apiresources.go (columns, -o wide|name, filters).
import type { CommandResult } from '../cli/index';
import { RESOURCES, type ResourceInfo } from '../../engine/api/names';
import { GET_TABWRITER, tabbedString } from '../printers/tabwriter';
import { plain } from './errors';
import { bool, given, list, str } from './flags';
import { Output } from './output';
import type { CommandContext } from './types';

const VERBS = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];
const ALL = new Set(['pods', 'deployments', 'replicasets']);
const GROUP_ORDER = ['', 'apps'];

/** `kubectl api-resources [--api-group=g] [--namespaced=bool] [--verbs=…] [-o wide|name] [--no-headers]`. */
export function apiResourcesCommand(ctx: CommandContext): CommandResult {
  const out = new Output();
  const cmd = ctx.cmd;
  const output = str(cmd, 'output');
  if (output !== '' && output !== 'wide' && output !== 'name')
    return out.fail(plain(`--output ${output} is not available`));
  const sortBy = str(cmd, 'sort-by');
  if (sortBy !== '' && sortBy !== 'name' && sortBy !== 'kind')
    return out.fail(plain(`--sort-by accepts only name or kind`));
  let rs: ResourceInfo[] = [...RESOURCES].sort((a, b) => {
    const g = GROUP_ORDER.indexOf(a.group) - GROUP_ORDER.indexOf(b.group);
    return g !== 0 ? g : a.resource < b.resource ? -1 : 1;
  });
  if (given(cmd, 'api-group')) rs = rs.filter((r) => r.group === str(cmd, 'api-group'));
  if (given(cmd, 'namespaced')) rs = rs.filter((r) => r.namespaced === bool(cmd, 'namespaced'));
  const verbs = list(cmd, 'verbs');
  if (verbs.length > 0) rs = rs.filter(() => verbs.every((v) => VERBS.includes(v)));
  const categories = list(cmd, 'categories');
  if (categories.length > 0)
    rs = rs.filter((r) => categories.every((c) => c === 'all' && ALL.has(r.resource)));
  if (sortBy === 'name') rs.sort((a, b) => (a.resource < b.resource ? -1 : 1));
  if (sortBy === 'kind') rs.sort((a, b) => (a.kind < b.kind ? -1 : 1));
  if (output === 'name') {
    for (const r of rs) out.out(`${r.resource}${r.group === '' ? '' : `.${r.group}`}\n`);
    return out.ok();
  }
  const wide = output === 'wide';
  const lines: string[] = [];
  if (!bool(cmd, 'no-headers')) {
    lines.push(
      [
        'NAME',
        'SHORTNAMES',
        'APIVERSION',
        'NAMESPACED',
        'KIND',
        ...(wide ? ['VERBS', 'CATEGORIES'] : []),
      ].join('\t'),
    );
  }
  for (const r of rs) {
    const cells = [
      r.resource,
      r.shortNames.join(','),
      r.group === '' ? r.version : `${r.group}/${r.version}`,
      String(r.namespaced),
      r.kind,
    ];
    if (wide) cells.push(VERBS.join(','), ALL.has(r.resource) ? 'all' : '');
    lines.push(cells.join('\t'));
  }
  out.out(tabbedString(lines.map((l) => `${l}\n`).join(''), GET_TABWRITER));
  return out.ok();
}
