// `kubectl explain TYPE[.field.path] [--recursive]`: laid out like kubectl's plaintext explain output
// (GROUP/KIND/VERSION header, FIELD, DESCRIPTION, FIELDS), with Rollout Lab's own texts (explainDocs.ts).
import type { CommandResult } from '../cli/index';
import { mappingFor } from './api';
import { plain } from './errors';
import { bool } from './flags';
import type { FieldDoc } from './explainDocs';
import { EXPLAIN_DOCS } from './explainDocs';
import { Output } from './output';
import type { CommandContext } from './types';

/** Wraps text at 76 columns with the given indent. */
function wrap(text: string, indent: string): string {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    if (cur !== '' && indent.length + cur.length + 1 + w.length > 80) {
      lines.push(cur);
      cur = w;
    } else cur = cur === '' ? w : `${cur} ${w}`;
  }
  if (cur !== '') lines.push(cur);
  return lines.map((l) => `${indent}${l}\n`).join('');
}

function typeLabel(d: FieldDoc): string {
  return `<${d.type}>`;
}

/** The FIELDS list: `  name\t<type>` (`-required-` marked), enum line, and the indented description. */
function fieldsText(fields: Record<string, FieldDoc>, recursive: boolean, depth: number): string {
  let s = '';
  for (const name of Object.keys(fields).sort()) {
    const f = fields[name] as FieldDoc;
    const pad = '  '.repeat(depth + 1);
    s += `${pad}${name}\t${typeLabel(f)}${f.required ? ' -required-' : ''}\n`;
    if (recursive) {
      if (f.fields) s += fieldsText(f.fields, true, depth + 1);
      continue;
    }
    if (f.enum) s += `${pad}enum: ${f.enum.join(', ')}\n`;
    s += wrap(f.description, `${pad}  `);
    s += '\n';
  }
  return s;
}

/** `kubectl explain`. */
export function explainCommand(ctx: CommandContext): CommandResult {
  const out = new Output();
  const cmd = ctx.cmd;
  if (cmd.args.length === 0) {
    return out.fail(
      plain(
        'You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.\n',
      ),
    );
  }
  if (cmd.args.length > 1) return out.fail(plain(`We accept only this format: explain RESOURCE\n`));
  const [typeArg = '', ...path] = (cmd.args[0] as string).split('.');
  const m = mappingFor(typeArg);
  if (!m.ok) return out.fail(m.error);
  const r = m.resource;
  let doc = EXPLAIN_DOCS[r.kind] as FieldDoc;
  let fieldLine = '';
  for (const [i, p] of path.entries()) {
    const next = doc.fields?.[p];
    if (!next) return out.fail(plain(`field "${p}" does not exist`));
    doc = next;
    if (i === path.length - 1) fieldLine = `FIELD: ${p} ${typeLabel(next)}\n\n`;
  }
  let s = `GROUP:      ${r.group}\nKIND:       ${r.kind}\nVERSION:    ${r.version}\n\n`;
  if (r.group === '') s = `KIND:       ${r.kind}\nVERSION:    ${r.version}\n\n`;
  s += fieldLine;
  s += `DESCRIPTION:\n${wrap(doc.description, '    ')}    \n`;
  if (doc.fields) s += `FIELDS:\n${fieldsText(doc.fields, bool(cmd, 'recursive'), 0)}`;
  out.out(s.endsWith('\n\n') ? s : `${s}\n`);
  return out.ok();
}
