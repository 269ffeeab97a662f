/**
 * Finds the language of an element the way HTML defines it (the `lang`
 * attribute of the element or of its nearest ancestor, a shadow root counting
 * its host as parent; HTML Living Standard, "The lang and xml:lang
 * attributes"), then maps it to a language the widget speaks.
 */
import { DEFAULT_LOCALE, matchLocale, type Locale } from './catalog.js';

/** The parent in the shadow-including sense: a shadow root's parent is its host. */
export function composedParent(node: Node): Node | null {
  if (node.parentNode) return node.parentNode;
  return node instanceof ShadowRoot ? node.host : null;
}

/** The element itself or the nearest shadow-including ancestor with a non-empty `lang`, else null. */
export function findLangSource(start: Element): Element | null {
  for (let node: Node | null = start; node; node = composedParent(node)) {
    if (node instanceof Element && (node.getAttribute('lang') ?? '').trim() !== '') return node;
  }
  return null;
}

/** The widget language of an element: its nearest `lang` if supported, else Vietnamese. */
export function resolveLocale(start: Element): Locale {
  return matchLocale(findLangSource(start)?.getAttribute('lang')) ?? DEFAULT_LOCALE;
}

/** Every root (shadow roots and finally the document) an element sits in, innermost first. */
export function rootChain(start: Node): Node[] {
  const roots: Node[] = [];
  let root = start.getRootNode();
  for (;;) {
    roots.push(root);
    if (!(root instanceof ShadowRoot)) break;
    root = root.host.getRootNode();
  }
  return roots;
}
