import type { SourceFile } from '../load/collect-files.js';
import { readSourceSync, type ReadOptions } from '../load/read-source.js';
import type { RuleSetting } from '../check/run-rules.js';
import { RULES } from '../check/rules/index.js';
import type { DocumentResult } from '../model/result.js';
import { analyzeSource } from './analyze-document.js';

/** What the per-file stages need: plain data, so it can be sent to a worker thread. */
export interface FileAnalysisOptions extends ReadOptions {
  /** Severity per rule id (`off` disables a rule). */
  readonly rules?: Readonly<Record<string, RuleSetting>>;
}

/** One analysed file and how many bytes it held (for progress figures). */
export interface AnalysedFile {
  readonly result: DocumentResult;
  readonly bytes: number;
}

/** Reads and analyses one file. Never throws for a bad file: it becomes a `load-error` finding. */
export function analyzeFile(file: SourceFile, options: FileAnalysisOptions): AnalysedFile {
  const source = readSourceSync(file, options);
  const result = analyzeSource(source, { rules: RULES, severities: options.rules });
  return { result, bytes: source.byteLength ?? 0 };
}
