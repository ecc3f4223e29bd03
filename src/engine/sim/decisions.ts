// Decision records: every controller or kubelet action says why — the rule, the numbers, the outcome and what
// it waits for. The UI's "Why?" panel, the narration and the timeline's step-by-decision read these.
import { flat } from './strings';

export type DecisionActor =
  | 'deployment-controller'
  | 'replicaset-controller'
  | 'kubelet'
  | 'default-scheduler'
  | 'garbage-collector'
  | 'api-server';

/** One explained action (or explained non-action, e.g. "waiting: 13 pods already exist"). */
export interface Decision {
  seq: number;
  /** simulated ms */
  at: number;
  actor: DecisionActor;
  /** The upstream function this mirrors, e.g. `reconcileNewReplicaSet`. */
  func: string;
  /** A stable rule id for translation, e.g. `rolling.newRS.scaleUp`. */
  rule: string;
  /** `Deployment/nginx-deployment`, `ReplicaSet/…`, `Pod/…` */
  object: string;
  /** One plain-English sentence (also narrated through aria-live). */
  text: string;
  /** Worked arithmetic, one line per step, e.g. `maxSurge = ceil(25% × 10) = 3`. */
  arithmetic?: string[];
  /** The numbers behind the text (for translations and tests). */
  params?: Record<string, number | string>;
  /** What the actor waits for next, if anything. */
  waitingFor?: string;
  /** Rough category for timeline markers and filtering. */
  category:
    | 'scale'
    | 'create'
    | 'delete'
    | 'wait'
    | 'condition'
    | 'revision'
    | 'pod'
    | 'schedule'
    | 'image'
    | 'cleanup';
}

/**
 * Append-only decision log with a cursor: restoring an earlier snapshot moves the cursor back but keeps the
 * later entries, which the deterministic replay rewrites identically — so a later snapshot can be restored
 * again (seeking forward) without losing them. A new branch (acting in the past) drops them for good.
 */
export class DecisionLog {
  private all: Decision[] = [];
  private size = 0;
  private seq = 0;

  constructor(private readonly clock: () => number) {}

  /** The decisions up to the current instant. */
  get items(): readonly Decision[] {
    return this.size === this.all.length ? this.all : this.all.slice(0, this.size);
  }

  /**
   * Record a decision. A decision identical (same actor, object, rule and text) to the latest one about the same
   * object is not repeated: controllers re-check often, and "still waiting" once is enough.
   */
  add(d: Omit<Decision, 'seq' | 'at'>): Decision | undefined {
    for (let i = this.size - 1, seen = 0; i >= 0 && seen < 32; i--, seen++) {
      const prev = this.all[i]!;
      if (prev.actor !== d.actor || prev.object !== d.object) continue;
      if (prev.rule === d.rule && prev.text === d.text) return undefined;
      break;
    }
    this.seq += 1;
    // Texts are long-lived template literals: kept flat (see strings.ts).
    const full: Decision = {
      seq: this.seq,
      at: this.clock(),
      ...d,
      text: flat(d.text),
      object: flat(d.object),
    };
    this.all[this.size++] = full;
    return full;
  }

  get length(): number {
    return this.size;
  }

  /** Move the cursor to a snapshot's position (entries after it stay until overwritten or dropped). */
  truncate(length: number, seq: number): void {
    this.size = Math.min(length, this.all.length);
    this.seq = seq;
  }

  /** Forget everything after the cursor (a new branch of the timeline). */
  dropFuture(): void {
    this.all.length = this.size;
  }

  get sequence(): number {
    return this.seq;
  }
}
