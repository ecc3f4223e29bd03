// The terminal panel: an xterm.js screen driven by the TerminalController (prompt, history, completion,
// Ctrl+C, streamed kubectl output), its input named `kubectl command`, and a visually hidden log with the
// whole transcript so screen readers and tests can read the output. Loaded lazily (xterm is large).
import { FitAddon } from '@xterm/addon-fit';
import { Terminal } from '@xterm/xterm';
import '@xterm/xterm/css/xterm.css';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp, useClient } from '../store/context';
import { selectTerminal } from '../store/selectors';
import { TerminalController } from './controller';
import { keyDecision } from './keys';
import './terminal.css';

const THEME = {
  background: '#16181d',
  foreground: '#e4e6eb',
  cursor: '#e4e6eb',
  selectionBackground: '#3b5bdb88',
};
const FONT = "ui-monospace, 'SFMono-Regular', 'Cascadia Mono', Menlo, Consolas, 'Liberation Mono', monospace";

/** Resize the terminal to its box (quietly: a hidden box has no size). */
function fitTo(fit: FitAddon, term: Terminal, controller: TerminalController): void {
  try {
    fit.fit();
  } catch {
    // not laid out yet
  }
  controller.editor.setColumns(term.cols);
}

export function TerminalPanel() {
  const { t } = useTranslation();
  const client = useClient();
  const entries = useApp(selectTerminal);
  const playing = useApp((s) => s.playing);
  const earlier = useRef(entries);
  const screen = useRef<HTMLDivElement>(null);
  const controllerRef = useRef<TerminalController | undefined>(undefined);
  const termRef = useRef<Terminal | undefined>(undefined);
  const [transcript, setTranscript] = useState('');
  const [busy, setBusy] = useState(false);
  // a small screen may fold the terminal to its bar (the commands keep running; the log stays readable)
  const [folded, setFolded] = useState(false);
  const label = t('terminal.input');
  const texts = useRef({
    banner: t('terminal.banner'),
    editing: (target: string) => t('terminal.editing', { target }),
    restarted: t('terminal.restarted'),
  });

  useEffect(() => {
    const el = screen.current;
    if (!el) return;
    Terminal.strings.promptLabel = label;
    const term = new Terminal({
      fontFamily: FONT,
      fontSize: 13,
      lineHeight: 1.15,
      theme: THEME,
      scrollback: 5000,
      cursorBlink: true,
      convertEol: false,
      allowProposedApi: false,
    });
    const fit = new FitAddon();
    term.loadAddon(fit);
    term.open(el);
    term.textarea?.setAttribute('aria-label', label);
    const controller = new TerminalController(
      client,
      {
        write: (text) => term.write(text),
        clear: () => {
          term.clear();
          term.write('\x1b[2J\x1b[3J\x1b[H');
        },
      },
      texts.current,
    );
    controllerRef.current = controller;
    termRef.current = term;
    const offTranscript = controller.onTranscript(() => {
      setTranscript(controller.transcript);
      setBusy(controller.busy);
    });
    term.attachCustomKeyEventHandler((ev) => {
      const decision = keyDecision(ev, term.hasSelection());
      if (decision === undefined) return true;
      if (decision === 'copy' || decision === 'paste') return false;
      if (ev.type === 'keydown') {
        ev.preventDefault();
        if (decision === 'leave') term.blur();
        else controller.key(decision);
      }
      return false;
    });
    const onData = term.onData((data) => controller.input(data));
    const unsubscribe = client.subscribe((event) => {
      controller.handle(event);
      setBusy(controller.busy);
    });
    fitTo(fit, term, controller);
    controller.start(earlier.current);
    setTranscript(controller.transcript);
    const observer =
      typeof ResizeObserver === 'function'
        ? new ResizeObserver(() => fitTo(fit, term, controller))
        : undefined;
    observer?.observe(el);
    void document.fonts?.ready.then(() => fitTo(fit, term, controller));
    return () => {
      observer?.disconnect();
      unsubscribe();
      offTranscript();
      onData.dispose();
      controllerRef.current = undefined;
      termRef.current = undefined;
      term.dispose();
    };
  }, [client, label]);

  return (
    <section
      className={`terminal-panel${folded ? ' terminal-panel--folded' : ''}`}
      aria-labelledby="terminal-title"
    >
      <header className="terminal-panel__bar">
        <h2 id="terminal-title" className="terminal-panel__title">
          {t('terminal.title')}
        </h2>
        {busy && !playing && <span className="terminal-panel__hint">{t('terminal.pausedHint')}</span>}
        {busy && (
          <button
            type="button"
            className="terminal-panel__stop"
            onClick={() => {
              controllerRef.current?.key('interrupt');
              // back to the prompt: keep typing where the command was
              termRef.current?.focus();
            }}
          >
            {t('terminal.stop')}
          </button>
        )}
        <button
          type="button"
          className="terminal-panel__fold"
          aria-expanded={!folded}
          aria-controls="terminal-screen"
          onClick={() => setFolded((f) => !f)}
        >
          {folded ? t('terminal.show') : t('terminal.hide')}
        </button>
      </header>
      <div ref={screen} id="terminal-screen" className="terminal-panel__screen" hidden={folded} />
      <div role="log" aria-label={t('terminal.output')} className="sr-only">
        <pre>{transcript}</pre>
      </div>
    </section>
  );
}

export default TerminalPanel;
