// Go text/tabwriter semantics (column blocks, padding, flush rules) and liggitt RememberWidths.
import { describe, expect, it } from 'vitest';
import {
  DESCRIBE_TABWRITER,
  GET_TABWRITER,
  TabWriter,
  tabbedString,
} from '../../../src/kubectl/printers/tabwriter';

const describeText = (s: string): string => tabbedString(s, DESCRIBE_TABWRITER);

describe('TabWriter', () => {
  it('pads each column to its widest cell + padding; text after the last tab is not a column', () => {
    expect(describeText('a\tbb\tc\naaaa\tb\tlong trailing text\n')).toBe(
      'a     bb  c\naaaa  b   long trailing text\n',
    );
  });

  it('applies minwidth (kubectl get: 6) and padding 3', () => {
    expect(tabbedString('NAME\tAGE\nx\t5m\n', GET_TABWRITER)).toBe('NAME   AGE\nx      5m\n');
  });

  it('ends a column block at a line without that column', () => {
    // "Name:" and "Namespace:" share a block; "Replicas:" after the tab-less line starts a new one
    expect(describeText('Name:\tx\nNamespace:\ty\nPod Template:\nReplicas:\t1\n')).toBe(
      'Name:       x\nNamespace:  y\nPod Template:\nReplicas:  1\n',
    );
  });

  it('keeps lines with more columns in the outer block (nested blocks)', () => {
    expect(describeText('  Type\tStatus\tReason\n  Available \tTrue\tMin\nOldReplicaSets:\tx\n')).toBe(
      '  Type           Status  Reason\n  Available      True    Min\nOldReplicaSets:  x\n',
    );
  });

  it('pads empty cells and counts runes, not UTF-16 units', () => {
    expect(describeText('a\t\tc\nbb\tx\td\n')).toBe('a      c\nbb  x  d\n');
    expect(describeText('日本\tx\nab\ty\n')).toBe('日本  x\nab  y\n');
  });

  it('writes a pending unterminated cell on flush', () => {
    const w = new TabWriter(DESCRIBE_TABWRITER);
    w.write('a\tb\nccc\tdd');
    w.flush();
    expect(w.output()).toBe('a    b\nccc  dd');
  });

  it('flushes at a one-cell line, so RememberWidths keeps earlier widths for later blocks', () => {
    const w = new TabWriter(GET_TABWRITER);
    w.write('NAME\tREADY\nnginx-deployment-long\t1/1\n');
    w.flush();
    w.write('x\t0/1\n');
    w.flush();
    expect(w.output()).toBe(
      'NAME                    READY\nnginx-deployment-long   1/1\nx                       0/1\n',
    );
    const plain = new TabWriter(DESCRIBE_TABWRITER);
    plain.write('long-name\t1\n');
    plain.flush();
    plain.write('x\t2\n');
    plain.flush();
    expect(plain.output()).toBe('long-name  1\nx  2\n');
  });
});
