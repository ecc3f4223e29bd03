// The shell's "is this line complete?" rule for the terminal on the main thread: a heredoc, an open quote or a
// trailing `\` asks for more lines (bash's `> ` prompt). Re-exported here because the UI may import the worker
// layer only; the shell parser it pulls in is small and has no engine dependency.
export { needsMoreInput } from '../shell/parser';
