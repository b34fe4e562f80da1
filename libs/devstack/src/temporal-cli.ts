import { GoToolNotFoundError, resolveGoTool, type GoTool } from './go-tool.js';

/** Later tags carry a `replace` directive in go.mod and cannot be `go install`ed. */
export const TEMPORAL_CLI_MODULE = 'github.com/temporalio/cli/cmd/temporal@v1.5.1';

export const TEMPORAL_CLI: GoTool = { title: 'The Temporal CLI', binary: 'temporal', module: TEMPORAL_CLI_MODULE, envVar: 'TEMPORAL_CLI_PATH' };

export { GoToolNotFoundError as TemporalCliNotFoundError };

export interface ResolveTemporalCliOptions {
  /** Project-local tools folder; the binary lives in `<toolsDir>/bin/temporal`. */
  toolsDir: string;
  /** Build the CLI with `go install` when no binary is found (default true). */
  build?: boolean;
  log?: (message: string) => void;
}

/**
 * Finds the Temporal CLI: TEMPORAL_CLI_PATH, then `temporal` on PATH, then the project's
 * tools folder, and as a last resort builds it there with `go install`.
 */
export function resolveTemporalCli(options: ResolveTemporalCliOptions): Promise<string> {
  return resolveGoTool(TEMPORAL_CLI, options);
}
