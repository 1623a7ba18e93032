// The one class of cli-table3 that table-cell-patch.ts reaches into; the package declares only its entry.
declare module 'cli-table3/src/cell.js' {
  const Cell: {
    prototype: { draw(this: { content: string }, lineNum: unknown, spanningCell?: unknown): string; content: string };
  };
  export default Cell;
}
