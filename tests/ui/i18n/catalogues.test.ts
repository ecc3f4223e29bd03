// Both languages have exactly the same keys and placeholders (in the UI catalogue and in the lessons), nothing
// is left as an untranslated English copy, and the language is detected the way the brief says.
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/ui/i18n/en';
import { detectLanguage, htmlLang, matchLanguage } from '../../../src/ui/i18n/language';
import { zh } from '../../../src/ui/i18n/zh';
import { LESSONS } from '../../../src/ui/lessons/catalog';
import { lessonsEn } from '../../../src/ui/lessons/text/en';
import { lessonsZh } from '../../../src/ui/lessons/text/zh';

type Tree = { readonly [k: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

/** Values that are the same in both languages on purpose: kubectl's words, names, formats. */
const SAME_ON_PURPOSE = new Set([
  'READY',
  'UP-TO-DATE',
  'AVAILABLE',
  'DESIRED',
  'CURRENT',
  'YAML',
  '<none>',
  'Pod {{name}}',
  'kubectl edit {{target}}',
  '×{{count}}',
  'minReadySeconds',
]);

function compare(a: Tree, b: Tree) {
  const fa = flatten(a);
  const fb = flatten(b);
  return {
    missingInZh: [...fa.keys()].filter((k) => !fb.has(k)),
    missingInEn: [...fb.keys()].filter((k) => !fa.has(k)),
    placeholderMismatch: [...fa.keys()].filter(
      (k) => fb.has(k) && placeholders(fa.get(k)!).join() !== placeholders(fb.get(k)!).join(),
    ),
    untranslated: [...fa.keys()].filter(
      (k) => fa.get(k) === fb.get(k) && /[A-Za-z]{3,}/.test(fa.get(k)!) && !SAME_ON_PURPOSE.has(fa.get(k)!),
    ),
    emptyInZh: [...fb.entries()].filter(([, v]) => v.trim() === '').map(([k]) => k),
  };
}

const CLEAN = { missingInZh: [], missingInEn: [], placeholderMismatch: [], untranslated: [], emptyInZh: [] };

describe('catalogues', () => {
  it('the UI catalogue has the same keys and placeholders in English and Chinese, all translated', () => {
    expect(compare(en, zh)).toEqual(CLEAN);
  });

  it('the lessons have the same keys and placeholders in English and Chinese, all translated', () => {
    expect(compare(lessonsEn, lessonsZh)).toEqual(CLEAN);
  });

  it('every lesson step has its texts, and every checkpoint its question, choices and reveal', () => {
    const fe = flatten(lessonsEn);
    for (const lesson of LESSONS) {
      for (const k of ['title', 'summary'])
        expect(fe.has(`${lesson.id}.${k}`), `${lesson.id}.${k}`).toBe(true);
      for (const step of lesson.steps) {
        const base = `${lesson.id}.steps.${step.id}`;
        for (const k of ['title', 'body']) expect(fe.has(`${base}.${k}`), `${base}.${k}`).toBe(true);
        const keys = step.predict
          ? ['question', 'reveal', ...step.predict.choices.map((c) => `choices.${c}`)].map(
              (k) => `${base}.predict.${k}`,
            )
          : [];
        for (const k of keys) expect(fe.has(k), k).toBe(true);
        // no texts for checkpoints that do not exist
        expect([...fe.keys()].filter((k) => k.startsWith(`${base}.predict.`)).length).toBe(keys.length);
      }
    }
    // and no texts for lessons or steps that do not exist
    const known = new Set(LESSONS.flatMap((l) => [l.id, ...l.steps.map((s) => `${l.id}.steps.${s.id}`)]));
    for (const k of fe.keys()) {
      const lessonId = k.split('.')[0]!;
      expect(known.has(lessonId), k).toBe(true);
      const step = /^([^.]+\.steps\.[^.]+)\./.exec(k)?.[1];
      if (step) expect(known.has(step), k).toBe(true);
    }
  });

  it('a failing parity check names the missing key (the check itself works)', () => {
    const broken = { ...en, extra: { only: '只在中文里' } } as Tree;
    expect(compare(en, broken).missingInEn).toEqual(['extra.only']);
    const { app: _app, ...withoutApp } = en;
    expect(compare(en, withoutApp as Tree).missingInZh).toEqual(['app.title']);
    expect(compare(en, { ...en, app: { title: '' } } as Tree).emptyInZh).toEqual(['app.title']);
  });

  it('Chinese texts use Chinese punctuation outside code', () => {
    for (const [k, v] of flatten(lessonsZh)) {
      const prose = v
        .split('`')
        .filter((_, i) => i % 2 === 0)
        .join('');
      expect(prose, k).not.toMatch(/[\u4e00-\u9fff][,:;?]|[,:;?][\u4e00-\u9fff]/);
    }
  });
});

describe('language detection', () => {
  it('prefers ?lang=, then the remembered choice, then the browser, then English', () => {
    expect(detectLanguage({ search: '?lang=zh', stored: 'en', preferred: ['en-US'] })).toBe('zh');
    expect(detectLanguage({ search: '?lang=fr', stored: 'zh' })).toBe('zh');
    expect(detectLanguage({ stored: 'en', preferred: ['zh-CN'] })).toBe('en');
    expect(detectLanguage({ preferred: ['fr-FR', 'zh-Hans-CN', 'en'] })).toBe('zh');
    expect(detectLanguage({ preferred: ['zh_TW'] })).toBe('zh');
    expect(detectLanguage({ preferred: ['de', 'fr'] })).toBe('en');
    expect(detectLanguage({})).toBe('en');
    expect(detectLanguage({ stored: '<script>' })).toBe('en');
  });

  it('maps languages to <html lang> values', () => {
    expect(htmlLang('zh')).toBe('zh-CN');
    expect(htmlLang('en')).toBe('en');
    expect(matchLanguage('EN-gb')).toBe('en');
    expect(matchLanguage('')).toBeUndefined();
  });
});
