import { cpus, loadavg } from 'node:os';

/**
 * How busy other processes keep the machine, for `--concurrency auto`. The 1-minute load average
 * is a poor guide on a small machine: it still counts a run that ended seconds ago (the previous
 * `factcheck` of a CI job, a build), and it counts this process. So the CPU time every core spent
 * is read twice, when this module is loaded (as the command starts) and when a scan decides, and
 * this process's own CPU time over the same interval is taken off.
 */

/** Below this interval between the two readings, their 10 ms ticks say too little. */
const MIN_INTERVAL_MS = 50;

interface CpuReading {
  /** Wall clock, in ms. */
  readonly at: number;
  /** CPU time of every core outside idle, in ms. */
  readonly busy: number;
  /** This process's CPU time (every thread), in ms. */
  readonly own: number;
}

function readCpu(): CpuReading {
  let busy = 0;
  for (const { times } of cpus()) busy += times.user + times.nice + times.sys + times.irq;
  const own = process.cpuUsage();
  return { at: performance.now(), busy, own: (own.user + own.system) / 1000 };
}

let last = readCpu();

/** Waits before the second reading when it would come sooner than this after the first. */
const MAX_WAIT_MS = MIN_INTERVAL_MS;

/**
 * Cores' worth of CPU time that other processes used since the last call (or since the module was
 * loaded). When that interval is too short to measure, this thread waits for the rest of it (a
 * scan decides 30–45 ms after it starts; the 1-minute load average, which stood in before, still
 * counted the runs just before it, a benchmark's or a CI job's, and kept `auto` in-process).
 * Where waiting is not possible, the 1-minute load average less this process stands in.
 */
export function busyElsewhere(): number {
  let now = readCpu();
  if (now.at - last.at < MIN_INTERVAL_MS && pause(Math.min(MAX_WAIT_MS, MIN_INTERVAL_MS - (now.at - last.at)))) now = readCpu();
  const interval = now.at - last.at;
  if (interval < MIN_INTERVAL_MS) return Math.max(0, (loadavg()[0] ?? 0) - 1);
  const others = now.busy - last.busy - (now.own - last.own);
  last = now;
  return Math.max(0, others / interval);
}

/** Blocks this thread for `ms` milliseconds; false where the runtime cannot (no SharedArrayBuffer). */
function pause(ms: number): boolean {
  if (typeof SharedArrayBuffer !== 'function') return false;
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Math.ceil(ms));
  return true;
}
