import path from 'node:path';
import { existsSync } from 'node:fs';
import type { BundleOptions, WorkerOptions } from '@temporalio/worker';
import { projectRoot } from '@gov/devstack';

/** Resolves `@gov/*` in the workflow bundle the same way tsconfig.json does, in one place. */
export function workflowBundlerOptions(root: string = projectRoot()): Pick<BundleOptions, 'workflowsPath' | 'webpackConfigHook'> {
  return {
    workflowsPath: path.join(root, 'workflows', 'index.ts'),
    webpackConfigHook: (config) => {
      config.resolve ??= {};
      config.resolve.alias = {
        ...(config.resolve.alias as Record<string, string>),
        '@gov/domain/workflow$': path.join(root, 'libs/domain/src/workflow.ts'),
        '@gov/temporal/contracts$': path.join(root, 'libs/temporal/src/contracts/index.ts'),
      };
      return config;
    },
  };
}

/** Production loads the prebuilt bundle; development and tests bundle from source. */
export function workflowSource(bundlePath?: string): Pick<WorkerOptions, 'workflowBundle' | 'workflowsPath' | 'bundlerOptions'> {
  const prebuilt = bundlePath ?? path.join(projectRoot(), 'dist', 'workflow-bundle.js');
  if (existsSync(prebuilt)) return { workflowBundle: { codePath: prebuilt } };
  if (bundlePath) throw new Error(`WORKFLOW_BUNDLE_PATH=${bundlePath} does not exist`);
  const { workflowsPath, webpackConfigHook } = workflowBundlerOptions();
  return { workflowsPath, bundlerOptions: { webpackConfigHook } };
}
