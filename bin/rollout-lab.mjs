#!/usr/bin/env node
// The package's `rollout-lab` command: runs the TypeScript CLI through tsx (no build step needed).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = main(process.argv.slice(2), (t) => process.stdout.write(t));
