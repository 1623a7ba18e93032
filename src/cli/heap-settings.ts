import v8 from 'node:v8';

/**
 * Garbage-collector settings for the `factcheck` process, set by `bin/factcheck.js` before the
 * rest of the tool is loaded (never by the library: an embedding program owns its heap).
 *
 * A scan keeps every document's result until the cross-document checks, and everything else it
 * allocates dies with its document. V8's defaults suit the opposite: the young generation grows
 * to 16 MB per semi-space, so a document's intermediate structures survive into the old
 * generation, and the old generation may grow to about twice what is live before a full
 * collection. Measured with `/usr/bin/time -v` on the benchmark corpus, in-process: 156 -> 114 MB
 * peak at 2,000 documents, at the same speed within the noise of a shared machine, and most of
 * the cut from 626 to 415 MB at 20,000 (see docs/scale.md).
 */
export const HEAP_FLAGS: readonly string[] = [
  // Keep the young generation at its initial size: more, shorter scavenges, and less garbage
  // promoted. Worker threads already run with a small young generation (see worker-pool.ts).
  '--semi-space-growth-factor=1',
  // Collect the old generation when it has grown by a fifth since the last full collection.
  '--heap-growing-percent=20',
];

/**
 * Applies `HEAP_FLAGS`, except those given on the node command line
 * (`node --heap-growing-percent=50 bin/factcheck.js …`; Node refuses them in `NODE_OPTIONS`).
 */
export function applyHeapSettings(): void {
  for (const flag of heapFlagsToApply(process.execArgv)) v8.setFlagsFromString(flag);
}

/** The `HEAP_FLAGS` that the node command line does not set. */
export function heapFlagsToApply(execArgv: readonly string[]): string[] {
  const given = new Set(execArgv.map(flagName));
  return HEAP_FLAGS.filter((flag) => !given.has(flagName(flag)));
}

/** `--heap-growing-percent` for `--heap_growing_percent=20`: V8 takes either spelling. */
function flagName(arg: string): string {
  return arg.split('=')[0]!.replace(/_/g, '-');
}
