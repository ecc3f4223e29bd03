// Read-only questions from the UI, answered with kubectl's own printers at the current instant: completion,
// describe, the focused Deployment's revision history (with each revision's pod template), YAML.
import type { Deployment, Simulation } from '../engine';
import { deploymentHistory, printTemplate } from '../kubectl/printers';
import type { VirtualFs } from '../shell/index';
import type { CommandResult } from '../shell/index';
import { complete } from './completion';
import { focusedDeployment } from './frame';
import type { Query, QueryAnswers, RevisionInfo, TextAnswer } from './protocol';
import { findNewReplicaSet, ownedReplicaSets, revisionOf } from './replicaSets';

const CHANGE_CAUSE = 'kubernetes.io/change-cause';

/** What answering needs: the simulation, the terminal's files, and a way to run read-only kubectl. */
export interface QueryContext {
  sim: Simulation;
  fs: VirtualFs;
  instant(argv: string[]): CommandResult;
}

function text(r: CommandResult): TextAnswer {
  return { text: r.chunks.map((c) => c.text).join(''), exitCode: r.exitCode };
}

/** The revisions of a Deployment, oldest first (kubectl rollout history's table plus each template). */
export function revisionsOf(sim: Simulation, d: Deployment): RevisionInfo[] {
  const rss = ownedReplicaSets(sim, d);
  const newRS = findNewReplicaSet(d, rss);
  const templates = deploymentHistory(rss);
  return rss
    .map((rs) => {
      const revision = revisionOf(rs);
      const template = templates.get(revision);
      return {
        revision,
        replicaSet: rs.metadata.name,
        images: rs.spec.template.spec.containers.map((c) => c.image ?? ''),
        changeCause: rs.metadata.annotations?.[CHANGE_CAUSE] ?? '',
        template: template ? printTemplate(template) : '',
        current: rs === newRS,
      };
    })
    .sort((a, b) => a.revision - b.revision);
}

/** Answers one query (the answer's shape follows `q.kind`: QueryAnswers). */
export function answerQuery(ctx: QueryContext, q: Query): QueryAnswers[Query['kind']] {
  switch (q.kind) {
    case 'complete':
      return complete(q.line, ctx.sim, ctx.fs);
    case 'describe':
      return text(ctx.instant(['describe', q.resource, q.name]));
    case 'yaml':
      return text(ctx.instant(['get', q.resource, q.name, '-o', 'yaml']));
    case 'history': {
      const d = focusedDeployment(ctx.sim);
      return { deployment: d?.metadata.name ?? '', revisions: d ? revisionsOf(ctx.sim, d) : [] };
    }
  }
}
