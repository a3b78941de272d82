/**
 * Reads an editor's text the way its model sees it (one "\n" between paragraphs, no trailing
 * placeholder <br>) and keeps a map from text offsets back to DOM text nodes, so findings become
 * DOM Ranges for underlines and for quick fixes.
 */

const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'UL', 'OL']);
const BLOCK_SELECTOR = [...BLOCK_TAGS].join(',');

interface Segment {
  node: Text;
  start: number;
}

export interface TextSnapshot {
  text: string;
  /** A DOM Range over [start, end) of `text`, or null when the offsets do not map to text nodes. */
  rangeFor(start: number, end: number): Range | null;
}

function isLeafBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName) && el.querySelector(BLOCK_SELECTOR) === null;
}

function isTrailingBreak(br: Element, block: Element | null): boolean {
  if (!block) return false;
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_ALL);
  walker.currentNode = br;
  for (let next = walker.nextNode(); next; next = walker.nextNode()) {
    if (next.nodeType === Node.TEXT_NODE && (next as Text).data.length > 0) return false;
    if (next instanceof HTMLBRElement) return false;
  }
  return true;
}

export function readText(editor: HTMLElement): TextSnapshot {
  const parts: string[] = [];
  const segments: Segment[] = [];
  let length = 0;
  let blocks = 0;
  let block: Element | null = null;
  const push = (s: string) => {
    parts.push(s);
    length += s.length;
  };
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const data = (node as Text).data;
      if (data.length === 0) return;
      segments.push({ node: node as Text, start: length });
      push(data);
      return;
    }
    if (!(node instanceof Element)) return;
    if (node instanceof HTMLElement && node.contentEditable === 'false') return;
    if (node instanceof HTMLBRElement) {
      if (!isTrailingBreak(node, block)) push('\n');
      return;
    }
    const leaf = node !== editor && isLeafBlock(node);
    if (leaf) {
      if (blocks++ > 0) push('\n');
      block = node;
    }
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
    if (leaf) block = null;
  };
  visit(editor);
  const text = parts.join('');
  return { text, rangeFor: (start, end) => toRange(segments, start, end) };
}

function locate(segments: Segment[], offset: number, preferNext: boolean): { node: Text; offset: number } | null {
  let found: { node: Text; offset: number } | null = null;
  for (const seg of segments) {
    const endOfSeg = seg.start + seg.node.data.length;
    if (offset < seg.start) break;
    if (offset < endOfSeg || (offset === endOfSeg && !preferNext)) return { node: seg.node, offset: offset - seg.start };
    if (offset === endOfSeg) found = { node: seg.node, offset: offset - seg.start };
  }
  return found;
}

function toRange(segments: Segment[], start: number, end: number): Range | null {
  const from = locate(segments, start, true);
  const to = locate(segments, end, false);
  if (!from || !to) return null;
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}
