// Renders the API of the main elements (attributes, properties, events,
// parts, custom properties) from the widget's custom-elements.json, loaded on
// demand so the demo's first load stays small. Built with DOM nodes and
// `textContent` only, never an HTML string: the demo runs under its own strict
// policy (`require-trusted-types-for 'script'`, see index.html), where an
// `innerHTML` assignment would throw, and text needs no escaping this way.
interface Item {
  name: string;
  description?: string;
  type?: { text?: string };
  kind?: string;
  privacy?: string;
  static?: boolean;
}
interface Declaration {
  tagName?: string;
  summary?: string;
  attributes?: Item[];
  members?: Item[];
  events?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
}

const SHOWN = ['hochieu-app', 'hochieu-guide', 'hochieu-form'];

/** An element with children (nodes or text). */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.append(...children);
  return node;
}

function code(text: string): HTMLElement {
  return el('code', text);
}

function table(title: string, items: Item[] | undefined): HTMLTableElement | null {
  if (!items?.length) return null;
  const head = el('tr', ...['Tên', 'Kiểu', 'Mô tả'].map((t) => Object.assign(el('th', t), { scope: 'col' })));
  const rows = items.map((i) => el('tr', el('td', code(i.name)), el('td', i.type?.text ?? ''), el('td', i.description ?? '')));
  return el('table', el('caption', title), el('thead', head), el('tbody', ...rows));
}

export async function renderApi(target: HTMLElement): Promise<void> {
  const manifest = (await import('@hochieu/widget/custom-elements.json')).default as { modules: { declarations?: Declaration[] }[] };
  const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName && SHOWN.includes(d.tagName));
  declarations.sort((a, b) => SHOWN.indexOf(a.tagName!) - SHOWN.indexOf(b.tagName!));
  const nodes: Node[] = [];
  for (const d of declarations) {
    const members = (d.members ?? []).filter((m) => !m.static && m.kind === 'field' && m.privacy !== 'private');
    nodes.push(el('h3', code(`<${d.tagName!}>`)), el('p', d.summary ?? ''));
    for (const t of [
      table('Thuộc tính HTML (attributes)', d.attributes),
      table('Thuộc tính JavaScript (properties)', members),
      table('Sự kiện (events)', d.events),
      table('Phần (::part)', d.cssParts),
      table('Biến CSS (custom properties)', d.cssProperties),
    ]) {
      if (t) nodes.push(t);
    }
  }
  target.replaceChildren(...nodes);
}
