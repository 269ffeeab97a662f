// Renders the API of the main elements (attributes, properties, events,
// parts, custom properties) from the widget's custom-elements.json, loaded on
// demand so the demo's first load stays small. Text comes from our own
// manifest and is escaped before it is inserted.
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

function table(title: string, items: Item[] | undefined, escape: (s: string) => string): string {
  if (!items?.length) return '';
  const rows = items
    .map((i) => `<tr><td><code>${escape(i.name)}</code></td><td>${escape(i.type?.text ?? '')}</td><td>${escape(i.description ?? '')}</td></tr>`)
    .join('');
  return `<table><caption>${escape(title)}</caption><thead><tr><th scope="col">Tên</th><th scope="col">Kiểu</th><th scope="col">Mô tả</th></tr></thead><tbody>${rows}</tbody></table>`;
}

export async function renderApi(target: HTMLElement, escape: (s: string) => string): Promise<void> {
  const manifest = (await import('@hochieu/widget/custom-elements.json')).default as { modules: { declarations?: Declaration[] }[] };
  const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName && SHOWN.includes(d.tagName));
  declarations.sort((a, b) => SHOWN.indexOf(a.tagName!) - SHOWN.indexOf(b.tagName!));
  target.innerHTML = declarations
    .map((d) => {
      const members = (d.members ?? []).filter((m) => !m.static && m.kind === 'field' && m.privacy !== 'private');
      return `<h3><code>&lt;${escape(d.tagName!)}&gt;</code></h3><p>${escape(d.summary ?? '')}</p>
        ${table('Thuộc tính HTML (attributes)', d.attributes, escape)}
        ${table('Thuộc tính JavaScript (properties)', members, escape)}
        ${table('Sự kiện (events)', d.events, escape)}
        ${table('Phần (::part)', d.cssParts, escape)}
        ${table('Biến CSS (custom properties)', d.cssProperties, escape)}`;
    })
    .join('');
}
