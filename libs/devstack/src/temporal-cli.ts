import { resolveGoTool, type ResolveToolOptions } from './go-tool.js';

/** Later tags carry a `replace` directive in go.mod and cannot be `go install`ed. */
export const TEMPORAL_CLI_MODULE = 'github.com/temporalio/cli/cmd/temporal@v1.5.1';

export class TemporalCliNotFoundError extends Error {}

export type ResolveTemporalCliOptions = ResolveToolOptions;

/**
 * Finds the Temporal CLI: TEMPORAL_CLI_PATH, then `temporal` on PATH, then the project's tools
 * folder, and as a last resort builds it there with `go install`.
 */
export function resolveTemporalCli(options: ResolveTemporalCliOptions): Promise<string> {
  return resolveGoTool(
    {
      binary: 'temporal',
      title: 'the Temporal CLI',
      module: TEMPORAL_CLI_MODULE,
      envVar: 'TEMPORAL_CLI_PATH',
      alternatives: ['point TEMPORAL_ADDRESS at a running Temporal server'],
      error: TemporalCliNotFoundError,
    },
    options,
  );
}
