/** Pure geometry: a flagged range's client rects, clipped to the editor, become underline boxes. */
import type { Box } from './types.ts';

interface RectLike {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Clips each rect to `clip`, drops empty ones and merges rects of the same line that touch. */
export function computeBoxes(rects: Iterable<RectLike>, clip: RectLike): Box[] {
  const boxes: Box[] = [];
  for (const r of rects) {
    const left = Math.max(r.left, clip.left);
    const right = Math.min(r.right, clip.right);
    const top = Math.max(r.top, clip.top);
    const bottom = Math.min(r.bottom, clip.bottom);
    if (right - left < 1 || bottom - top < 1) continue;
    const last = boxes[boxes.length - 1];
    if (last && Math.abs(last.top - top) < 1 && Math.abs(last.height - (bottom - top)) < 1 && left - (last.left + last.width) < 1) {
      last.width = Math.max(last.width, right - last.left);
      continue;
    }
    boxes.push({ left, top, width: right - left, height: bottom - top });
  }
  return boxes;
}

export function contains(box: Box, x: number, y: number): boolean {
  return x >= box.left && x <= box.left + box.width && y >= box.top && y <= box.top + box.height;
}
