// Public face of the kubectl command line layer: parsing, help texts, command tree and output helpers.
export type { CliOutcome, ParsedCommand } from './parse';
export { parseKubectl } from './parse';
export type { CommandResult, OutputChunk } from './output';
export { kubectlError, result, stderr, stdout, textOf } from './output';
export type { FlagAssignment } from './flagSet';
export type { FlagSpec, FlagType, FlagValue } from './flagTypes';
export { helpText, optionsText } from './help';
export type { Command } from './tree';
export { commandAt, kubectlRoot } from './tree';
export { levenshtein, suggestionsFor } from './find';
export { formatGoDuration, parseGoDuration } from './go/duration';
export { goQuote } from '../jsonpath/go/strconv';
export type { ResourceSelection, ResourceTuple } from './resourceArgs';
export { resourceArgs, splitResourceArgument } from './resourceArgs';
