import { Chalk, type ChalkInstance } from 'chalk';

/**
 * Decides colour the way lint users expect: `--color`/`--no-color`, then `FORCE_COLOR`, then
 * `NO_COLOR`, then whether the stream is a terminal. chalk alone ignores `NO_COLOR`, so the level
 * is set here rather than left to its own sniffing.
 */
export function chooseChalk(flag: boolean | undefined, env: Readonly<Record<string, string | undefined>>, isTTY: boolean): ChalkInstance {
  return new Chalk({ level: useColor(flag, env, isTTY) ? 1 : 0 });
}

export function useColor(flag: boolean | undefined, env: Readonly<Record<string, string | undefined>>, isTTY: boolean): boolean {
  if (flag !== undefined) return flag;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (env.NO_COLOR) return false;
  return isTTY;
}
