import { describe, expect, it } from 'vitest';
import { progressBar, renderProgress } from '../../src/cli/progress.js';
import { runCli } from '../helpers.js';

function recorder() {
  const chunks: string[] = [];
  return { chunks, stream: { write: (s: string) => chunks.push(s) } };
}

describe('progress bar', () => {
  it('renders files done of total and MB/s', () => {
    expect(renderProgress({ files: 550, totalFiles: 2200, bytes: 5_000_000 }, 2000)).toBe('[######------------------] 550/2200 files  2.5 MB/s');
  });

  it('stays silent on short runs, redraws at most ten times a second, and erases itself', () => {
    let now = 0;
    const { chunks, stream } = recorder();
    const bar = progressBar(stream, () => now);
    bar.update({ files: 1, totalFiles: 100, bytes: 1000 });
    now = 400;
    bar.update({ files: 2, totalFiles: 100, bytes: 2000 });
    expect(chunks).toEqual([]);
    now = 600;
    bar.update({ files: 50, totalFiles: 100, bytes: 3_000_000 });
    now = 650;
    bar.update({ files: 51, totalFiles: 100, bytes: 3_100_000 });
    expect(chunks).toEqual(['\r[############------------] 50/100 files  5.0 MB/s\u001b[K']);
    bar.done();
    expect(chunks.at(-1)).toBe('\r\u001b[K');
  });

  it('never writes when stderr is not a terminal', () => {
    const r = runCli(['scan', 'fixtures/shards', 'seeds']);
    expect(r.stderr).toBe('');
  });
});
