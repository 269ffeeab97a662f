// Custom Elements Manifest (custom-elements.json) of @hochieu/widget, made by
// @custom-elements-manifest/analyzer from the element classes and their JSDoc
// (@attr, @fires, @csspart, @cssproperty, @slot). Tags are registered in one
// loop in src/define.ts, which the analyzer cannot follow, so the plugin below
// reads the tag -> class table (`elements`) of that file and records each
// class's tag name and definition. Regenerate with `node scripts/build.mjs --cem`
// (also part of `pnpm build`); a test fails when the committed file is stale.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const defineSource = readFileSync(fileURLToPath(new URL('./src/define.ts', import.meta.url)), 'utf8');
const table = /export const elements = \{([\s\S]*?)\}/u.exec(defineSource)?.[1] ?? '';
/** Class name -> tag name, from `'hochieu-x': HochieuX,` lines. */
const tags = new Map([...table.matchAll(/'([a-z][a-z0-9-]*)':\s*([A-Za-z0-9_]+)/gu)].map((m) => [m[2], m[1]]));

/**
 * The JSDoc tags of a module's opening comment. The guide, form and app keep
 * their element documentation in the module's first comment (the project's
 * convention), which the analyzer does not attach to the class.
 */
function moduleDocTags(path) {
  let text;
  try {
    text = readFileSync(fileURLToPath(new URL(`./${path}`, import.meta.url)), 'utf8');
  } catch {
    return null;
  }
  const comment = /^\s*\/\*\*([\s\S]*?)\*\//u.exec(text)?.[1];
  if (!comment) return null;
  const lines = comment.split('\n').map((l) => l.replace(/^\s*\* ?/u, ''));
  const blocks = [];
  for (const line of lines) {
    if (line.startsWith('@')) blocks.push(line);
    else if (blocks.length > 0 && line.trim() !== '') blocks[blocks.length - 1] += ` ${line.trim()}`;
  }
  const out = { summary: undefined, attrs: [], events: [], parts: [], props: [], slots: [] };
  for (const block of blocks) {
    const m = /^@(\w+)\s+(?:\{[^}]*\}\s+)?(\S+)?(?:\s+-\s+|\s+)?([\s\S]*)$/u.exec(block);
    if (!m) continue;
    const [, tag, name = '', description = ''] = m;
    const entry = { name: name === '-' ? '' : name, description: description.trim() };
    if (tag === 'summary') out.summary = `${name} ${description}`.trim();
    else if (tag === 'attr' || tag === 'attribute') out.attrs.push(entry);
    else if (tag === 'fires' || tag === 'event') out.events.push(entry);
    else if (tag === 'csspart') out.parts.push(entry);
    else if (tag === 'cssproperty' || tag === 'cssprop') out.props.push(entry);
    else if (tag === 'slot') out.slots.push(entry);
  }
  return out;
}

function mergeByName(list = [], extra) {
  for (const item of extra) {
    const found = list.find((x) => x.name === item.name);
    if (found) {
      if (!found.description && item.description) found.description = item.description;
    } else {
      list.push(item);
    }
  }
  return list;
}

/** The detail type of each `hochieu-*` event (src/events.ts, `HochieuEventDetails`). */
const EVENT_DETAILS = {
  'hochieu-guide-answers': 'GuideAnswersDetail',
  'hochieu-step-change': 'StepChangeDetail',
  'hochieu-validation': 'ValidationDetail',
  'hochieu-export': 'ExportDetail',
  'hochieu-draft': 'DraftDetail',
  'hochieu-qr-prefill': 'QrPrefillDetail',
};

/** The native events every field re-dispatches from its inner control (components/field). */
const FIELD_EVENTS = {
  input: 'The value changed while the user types (as the native `input` event).',
  change: 'The user committed a new value (as the native `change` event).',
};

/**
 * Events get their type (`CustomEvent<ExportDetail>`), and definitions the
 * analyzer guessed from `customElements.define(tag, element)` calls inside
 * loops (named `tag`, pointing at a variable) are dropped: the real ones are
 * recorded from src/define.ts below.
 */
function typedEventsAndRealDefinitions(customElementsManifest) {
  const realTags = new Set(tags.values());
  for (const mod of customElementsManifest.modules ?? []) {
    if (mod.exports) {
      mod.exports = mod.exports.filter((e) => e.kind !== 'custom-element-definition' || realTags.has(e.name));
    }
    for (const declaration of mod.declarations ?? []) {
      for (const event of declaration.events ?? []) {
        const detail = EVENT_DETAILS[event.name];
        if (detail && !event.type) event.type = { text: `CustomEvent<${detail}>` };
        if (!event.description && FIELD_EVENTS[event.name]) event.description = FIELD_EVENTS[event.name];
      }
    }
  }
}

function tagNamesFromDefine() {
  return {
    name: 'hochieu-tag-names',
    packageLinkPhase({ customElementsManifest }) {
      // The analyzer's module order follows the file system's listing, which
      // differs between checkouts: sort by path so the manifest is the same everywhere.
      customElementsManifest.modules?.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      for (const mod of customElementsManifest.modules ?? []) {
        for (const declaration of mod.declarations ?? []) {
          const tag = tags.get(declaration.name);
          if (declaration.kind !== 'class' || !tag) continue;
          declaration.tagName = tag;
          declaration.customElement = true;
          const doc = moduleDocTags(mod.path);
          if (doc) {
            if (!declaration.summary && doc.summary) declaration.summary = doc.summary;
            if (doc.attrs.length) {
              declaration.attributes = declaration.attributes ?? [];
              for (const a of doc.attrs) {
                const found = declaration.attributes.find((x) => x.name === a.name);
                if (found) found.description = found.description || a.description;
                else declaration.attributes.push({ name: a.name, description: a.description });
              }
            }
            if (doc.events.length) declaration.events = mergeByName(declaration.events, doc.events);
            if (doc.parts.length) declaration.cssParts = mergeByName(declaration.cssParts, doc.parts);
            if (doc.props.length) declaration.cssProperties = mergeByName(declaration.cssProperties, doc.props);
            if (doc.slots.length) declaration.slots = mergeByName(declaration.slots, doc.slots);
          }
          // Private and protected members are not API, nor are attributes of private state.
          const hidden = new Set(
            (declaration.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name),
          );
          if (declaration.attributes) {
            declaration.attributes = declaration.attributes.filter((a) => !hidden.has(a.fieldName ?? a.name));
          }
          if (declaration.members) {
            declaration.members = declaration.members.filter((m) => m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('#'));
          }
          mod.exports ??= [];
          if (!mod.exports.some((e) => e.kind === 'custom-element-definition' && e.name === tag)) {
            mod.exports.push({
              kind: 'custom-element-definition',
              name: tag,
              declaration: { name: declaration.name, module: mod.path },
            });
          }
        }
      }
      typedEventsAndRealDefinitions(customElementsManifest);
    },
  };
}

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/strings.*.ts'],
  outdir: '.',
  litelement: true,
  // Never rewrite package.json's customElements field (tests generate the manifest into temporary folders).
  packagejson: false,
  plugins: [tagNamesFromDefine()],
};
