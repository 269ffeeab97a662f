// custom-elements.json of @hochieu/widget: regenerated from the sources it
// must be identical to the committed file (so a changed element without a
// regenerated manifest fails here), it lists every tag that define.ts
// registers, and <hochieu-app> carries its documented API (attributes,
// properties, events, parts, custom properties).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const widget = join(root, 'packages/widget');
const committedPath = join(widget, 'custom-elements.json');

interface Named {
  name: string;
  description?: string;
}
interface Declaration extends Named {
  kind: string;
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  attributes?: Named[];
  members?: (Named & { kind: string })[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
}
interface Manifest {
  modules: { path: string; declarations?: Declaration[] }[];
}

function readManifest(path: string): Manifest {
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

function elementsOf(manifest: Manifest): Declaration[] {
  return manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
}

test('custom-elements.json is up to date with the sources', () => {
  const out = join(root, 'test/.out', `cem-${process.pid}`);
  mkdirSync(out, { recursive: true });
  try {
    const r = spawnSync(join(widget, 'node_modules/.bin/cem'), ['analyze', '--outdir', relative(widget, out)], {
      cwd: widget,
      encoding: 'utf8',
    });
    assert.equal(r.status, 0, r.stderr);
    const fresh = readFileSync(join(out, 'custom-elements.json'), 'utf8');
    const committed = readFileSync(committedPath, 'utf8');
    assert.ok(
      fresh === committed,
      'packages/widget/custom-elements.json is stale: run `node scripts/build.mjs --cem` and commit the result',
    );
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('every tag registered in define.ts is in the manifest with a summary', () => {
  const define = readFileSync(join(widget, 'src/define.ts'), 'utf8');
  const table = /export const elements = \{([\s\S]*?)\}/u.exec(define)?.[1] ?? '';
  const tags = [...table.matchAll(/'([a-z][a-z0-9-]*)':/gu)].map((m) => m[1]);
  assert.ok(tags.includes('hochieu-app'));
  const listed = new Map(elementsOf(readManifest(committedPath)).map((d) => [d.tagName, d]));
  for (const tag of tags) {
    assert.ok(listed.has(tag), `${tag} is missing from custom-elements.json`);
  }
  for (const tag of ['hochieu-app', 'hochieu-guide', 'hochieu-form']) {
    assert.ok(listed.get(tag)?.summary, `${tag} has no summary`);
  }
});

test('<hochieu-app> lists its attributes, properties, events, parts and custom properties', () => {
  const app = elementsOf(readManifest(committedPath)).find((d) => d.tagName === 'hochieu-app');
  assert.ok(app);
  const names = (list: Named[] | undefined) => (list ?? []).map((x) => x.name);
  for (const attr of ['lang', 'office', 'date', 'theme', 'view', 'share-date-of-birth', 'no-drafts']) {
    assert.ok(names(app.attributes).includes(attr), `attribute ${attr}`);
  }
  for (const prop of ['config', 'declaration', 'effectiveConfig', 'configProblems', 'answers', 'show']) {
    assert.ok(names(app.members).includes(prop), `member ${prop}`);
  }
  assert.ok(!names(app.attributes).includes('answersState'), 'private state is not an attribute');
  assert.ok(!names(app.members).includes('resolved'), 'private members are not listed');
  for (const event of ['hochieu-guide-answers', 'hochieu-export', 'hochieu-step-change', 'hochieu-validation', 'hochieu-draft']) {
    assert.ok(names(app.events).includes(event), `event ${event}`);
  }
  for (const part of ['tabs', 'tab', 'panel', 'button', 'notice']) {
    assert.ok(names(app.cssParts).includes(part), `part ${part}`);
  }
  const tokens = readFileSync(join(widget, 'src/styles/tokens.ts'), 'utf8');
  const documented = [...tokens.matchAll(/^\s*'(--hochieu-[a-z-]+)':/gmu)].map((m) => m[1]);
  assert.ok(documented.length >= 10);
  for (const token of new Set(documented)) {
    assert.ok(names(app.cssProperties).includes(token!), `custom property ${token}`);
  }
});

test('every event in the manifest has a type and a description, and every definition is a real tag (issue 14)', () => {
  const manifest = JSON.parse(readFileSync(committedPath, 'utf8')) as {
    modules: { exports?: { kind: string; name: string }[]; declarations?: (Declaration & { events?: (Named & { type?: { text?: string } })[] })[] }[];
  };
  let events = 0;
  for (const mod of manifest.modules) {
    for (const d of mod.declarations ?? []) {
      for (const event of d.events ?? []) {
        events += 1;
        assert.ok(event.type?.text, `${d.name}: event ${event.name} has no type`);
        assert.ok(event.description?.trim(), `${d.name}: event ${event.name} has no description`);
        if (event.name.startsWith('hochieu-')) assert.match(event.type.text, /^CustomEvent<[A-Z]\w+Detail>$/u, `${event.name} type`);
      }
    }
    for (const e of mod.exports ?? []) {
      if (e.kind === 'custom-element-definition') assert.match(e.name, /^hochieu-[a-z-]+$/u, `bogus definition "${e.name}" in ${JSON.stringify(e)}`);
    }
  }
  assert.ok(events >= 10, `only ${events} events listed`);
  const app = elementsOf(readManifest(committedPath)).find((d) => d.tagName === 'hochieu-app') as { events?: { name: string; type?: { text: string } }[] };
  assert.equal(app.events?.find((e) => e.name === 'hochieu-export')?.type?.text, 'CustomEvent<ExportDetail>');
});
