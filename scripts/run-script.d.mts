// The one thing scripts/run-script.mjs exports: the worker modules it bundles with a script.
export declare const workerModules: readonly string[]
