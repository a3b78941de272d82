/** Small DOM helpers that work across open shadow roots. */

/** The contenteditable root that contains `node`, or null. Never climbs out of its shadow tree. */
export function editingHost(node: EventTarget | null | undefined): HTMLElement | null {
  if (!(node instanceof Element)) return null;
  let host: HTMLElement | null = null;
  for (let el: Element | null = node; el; el = el.parentElement) {
    if (el instanceof HTMLElement && el.isContentEditable) host = el;
    else if (host) break;
  }
  return host;
}

/** Closest ancestor matching `selector`, continuing past shadow roots to their hosts. */
export function closestAcrossShadow(node: Element, selector: string): Element | null {
  let current: Element | null = node;
  while (current) {
    const found = current.closest(selector);
    if (found) return found;
    const root = current.getRootNode();
    current = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/** The nearest ancestor (across shadow roots) matching `scope`, then the first `target` inside it. */
export function findInScope(node: Element, scope: string, target: string): HTMLElement | null {
  const container = closestAcrossShadow(node, scope);
  return container?.querySelector<HTMLElement>(target) ?? null;
}
