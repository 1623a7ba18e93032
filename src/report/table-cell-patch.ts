// Imported, not required at run time: the bundle (scripts/bundle.mjs) then patches the copy it holds.
import Cell from 'cli-table3/src/cell.js';

let patched = false;

/**
 * cli-table3 0.6 draws each line of a cell by first cutting the cell's whole content to 10
 * columns for a debug message it never prints, and cuts text holding wide (CJK) characters one
 * character at a time: cubic in the length of a cell. A report of 371 findings took over two
 * minutes. The content is only read for that message (the lines drawn were wrapped before), so
 * it is hidden while a line is drawn. Upstream: cli-table/cli-table3#362 (unmerged), #68.
 */
export function skipCellDebugPreview(): void {
  if (patched) return;
  patched = true;
  const draw = Cell.prototype.draw;
  Cell.prototype.draw = function drawWithoutPreview(lineNum, spanningCell) {
    const content = this.content;
    this.content = '';
    try {
      return draw.call(this, lineNum, spanningCell);
    } finally {
      this.content = content;
    }
  };
}
