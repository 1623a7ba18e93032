import type { Arbitrary } from 'fast-check';
import type { DocumentResult } from '../src/model/result.js';
import type { LineIndex } from '../src/text/line-index.js';

export declare const TRICKY_PIECES: readonly string[];
export declare function documentArbitrary(options?: { maxPieces?: number; maxRepeat?: number }): Arbitrary<{ name: string; text: string }>;
export declare function bytesArbitrary(options?: { maxLength?: number }): Arbitrary<Uint8Array>;
export declare const NAMED_INPUTS: Readonly<Record<string, (n: number) => string>>;
export declare function invariantProblems(
  result: DocumentResult,
  text: string,
  deps: { LineIndex: typeof LineIndex; formatReport: (result: DocumentResult) => unknown },
): string[];
