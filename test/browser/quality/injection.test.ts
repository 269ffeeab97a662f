// Injection through the widget (issue 8): hostile text from the shared
// catalogue (test/support/hostile-inputs.ts) entered in every text field of
// <hochieu-form> (TK01 with postal delivery, so the postal address is asked
// too) must stay text: the input holds it (NFC), the review shows it
// literally (in capitals where the form prints capitals), error messages and
// the error summary hold only text, nothing runs (alert/confirm/prompt and
// `window.__pwned` are traps the payloads would trip) and no shadow root
// gains a script, an `on…` attribute, a `javascript:` link or an image of
// the payload. Three ways in:
// - the markup subset typed with the real keyboard into every text field;
// - the whole catalogue (controls, lone surrogates, 10 000 characters…),
//   packed into one value per field and entered the way a paste or an input
//   method delivers text (value, then `input` and `change` events), since a
//   keyboard cannot type those characters;
// - from the UI to the documents once: the strings core accepts in free-text
//   fields are typed in, the review confirmed, and the PDF (pdf.js), the
//   DOCX (`w:t` text, parsed as XML) and the dossier's manifest.json must
//   carry each as text.
import { expect, fixtureCleanup } from '@open-wc/testing';
import * as pdfjs from 'pdfjs-dist';
import * as pdfjsWorker from 'pdfjs-dist/build/pdf.worker.mjs';
import { strFromU8, unzipSync } from 'fflate';
import { example } from '@hochieu/core/examples';
import { formVersionFor, readPath, toPrintedCapitals, validateDeclaration, writePath, type DeclarationDraft, type Field } from '@hochieu/core';
import { HOSTILE_STRINGS } from '../../support/hostile-inputs.js';
import { typeInto } from '../widget/helpers.js';
import { field, form, maybe, next, openTask, press, settle, shadow, type HochieuForm } from '../form/helpers.js';
import { captureDownloads, deepElements, until } from './helpers.js';

(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfjsWorker;

/** Kinds rendered as a field the citizen types text into. */
const TEXT_KINDS = new Set(['name', 'text', 'textarea', 'address', 'place', 'ethnicity', 'religion', 'phone', 'email', 'personalId', 'idNumber', 'passportNumber', 'relationship']);

/** Payloads that would set the trap if they ran, besides the catalogue's `alert(1)` ones. */
const TRAPS = ['<img src=x onerror="window.__pwned=1">', '"><script>window.__pwned=1</script>', '<svg onload="window.__pwned=1">'];

/** The markup, template and formula examples, typed with the real keyboard, and a trap. */
const TYPED = ['<img src=x onerror=alert(1)>', '"><script>alert(1)</script>', '{{7*7}}', '=HYPERLINK("http://evil","x")', TRAPS[0]!];

type Trap = { __pwned?: unknown; alert: typeof window.alert; confirm: typeof window.confirm; prompt: typeof window.prompt };

function setTraps(): () => void {
  const w = window as unknown as Trap;
  const saved = { alert: w.alert, confirm: w.confirm, prompt: w.prompt };
  w.__pwned = undefined;
  w.alert = () => void (w.__pwned = 'alert');
  w.confirm = () => ((w.__pwned = 'confirm'), false);
  w.prompt = () => ((w.__pwned = 'prompt'), null);
  return () => Object.assign(w, saved);
}

/** What must never appear in any shadow root of the form. */
function executable(el: HochieuForm): string[] {
  const found: string[] = [];
  for (const node of deepElements(el)) {
    if (node.localName === 'script' || node.localName === 'iframe' || node.localName === 'object' || node.localName === 'embed') found.push(node.localName);
    if (node.localName === 'img' && /^x$|^$/u.test(node.getAttribute('src') ?? '')) found.push('img of a payload');
    if (node.localName === 'svg' && node.closest('[part~="error"], [data-answer], .value')) found.push('svg in text');
    for (const attr of Array.from(node.attributes)) {
      if (/^on/iu.test(attr.name)) found.push(`${node.localName}[${attr.name}]`);
      if ((attr.name === 'href' || attr.name === 'src') && /^\s*javascript:/iu.test(attr.value)) found.push(`${node.localName}[${attr.name}=javascript:]`);
    }
  }
  return found;
}

/** Error texts hold text only (the field's "Lỗi:" prefix span aside), and so do the summary's links. */
function markupInMessages(el: HochieuForm): string[] {
  const found: string[] = [];
  for (const host of Array.from(shadow(el).querySelectorAll('[data-field]'))) {
    const error = host.shadowRoot?.querySelector('#error');
    for (const child of Array.from(error?.querySelectorAll('*') ?? [])) if (!child.classList.contains('visually-hidden')) found.push(`${host.id}: <${child.localName}>`);
  }
  const summary = shadow(el).querySelector('hochieu-error-summary')?.shadowRoot;
  for (const link of Array.from(summary?.querySelectorAll('a') ?? [])) if (link.children.length > 0) found.push(`summary link with <${link.children[0]!.localName}>`);
  return found;
}

/** Enters text the way a paste or an input method delivers it: the value, then `input` and `change`. */
async function paste(el: HochieuForm, path: string, text: string): Promise<void> {
  const host = field(el, path);
  const input = host.shadowRoot!.querySelector<HTMLInputElement | HTMLTextAreaElement>('input, textarea')!;
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste', data: text }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  input.blur();
  await settle(el);
}

function textFields(el: HochieuForm): Field[] {
  const version = formVersionFor(el.value, { date: '2026-11-23' });
  return version.sections.flatMap((s) => s.fields).filter((f) => TEXT_KINDS.has(f.kind));
}

/** Visits each section step from the task list and runs `each` on its text fields shown. */
async function forEachTextField(el: HochieuForm, each: (f: Field) => Promise<void>): Promise<string[]> {
  const fields = textFields(el);
  const done: string[] = [];
  for (const task of Array.from(shadow(el).querySelectorAll<HTMLElement>('[data-task]')).map((t) => t.dataset['task']!)) {
    if (task === 'review' || task === 'uploads' || task === 'export') continue;
    if (el.step !== 'tasks') await press(el, 'back');
    await openTask(el, task);
    for (const f of fields) {
      if (!maybe(el, `[data-field="${f.id}"]`)) continue;
      await each(f);
      done.push(f.id);
    }
    await press(el, 'continue').catch(() => undefined);
    if (el.step !== 'tasks' && el.step !== task) {
      // A valid step moved on: come back to the task list for the next one.
      while (el.step !== 'tasks') await press(el, 'back');
    }
    expect(executable(el), `${task}`).to.deep.equal([]);
    expect(markupInMessages(el), `${task}`).to.deep.equal([]);
  }
  if (el.step !== 'tasks') await press(el, 'back');
  return done;
}

/** The review's answer for a field, and what it must be: the stored text, in capitals where printed so. */
function reviewed(el: HochieuForm, f: Field): { shown: string; expected: string } {
  const stored = String(readPath(el.value, f.id) ?? '');
  const shown = maybe(el, `[data-answer="${f.id}"]`)?.textContent ?? '';
  return { shown, expected: f.printCase === 'upper' ? toPrintedCapitals(stored) : stored };
}

const onlinePostal = (): DeclarationDraft => example('onlinePostal') as DeclarationDraft;

describe('injection through the widget', () => {
  let restoreTraps: () => void = () => undefined;
  beforeEach(() => {
    restoreTraps = setTraps();
  });
  afterEach(() => {
    restoreTraps();
    fixtureCleanup();
  });

  it('control: the detectors see markup that did become elements, and the trap fires when a payload runs', async () => {
    const el = await form();
    // What a vulnerable template would have produced from the value: real elements in the shadow root.
    const img = document.createElement('img');
    img.setAttribute('src', ''); // an empty source fails at once, without a request
    img.setAttribute('onerror', 'window.__pwned = 1');
    const box = shadow(el).querySelector('.root')!;
    box.append(img);
    await until(() => (window as unknown as Trap).__pwned === 1, 'the payload to run');
    expect(executable(el)).to.deep.equal(['img of a payload', 'img[onerror]']);
    img.remove();
    expect(executable(el)).to.deep.equal([]);
  });

  it('markup, templates and formulas typed with the keyboard into every text field stay text in inputs, messages and the review', async function () {
    this.timeout(120000);
    const el = await form({ declaration: onlinePostal() });
    const typed = TYPED.join(' ');
    const done = await forEachTextField(el, async (f) => {
      const input = field(el, f.id).shadowRoot!.querySelector<HTMLInputElement | HTMLTextAreaElement>('input, textarea')!;
      await typeInto(input, typed);
      await settle(el);
      // The input shows exactly what was typed (the personal ID field drops spaces only when it stores the value).
      expect(input.value, f.id).to.equal(typed);
    });
    expect(done.length, 'text fields filled').to.equal(textFields(el).length);
    expect((window as unknown as Trap).__pwned, 'a payload ran').to.equal(undefined);
    await openTask(el, 'review');
    for (const f of textFields(el)) {
      const { shown, expected } = reviewed(el, f);
      const trap = f.kind === 'personalId' ? TRAPS[0]!.replace(/\s+/gu, '') : TRAPS[0]!;
      expect(expected, `${f.id} stored`).to.contain(f.printCase === 'upper' ? toPrintedCapitals(trap) : trap);
      expect(shown, `${f.id} on the review`).to.equal(expected);
    }
    await next(el);
    expect(maybe(el, 'hochieu-error-summary')?.shadowRoot?.querySelectorAll('a').length ?? 0, 'the review lists the refused values').to.be.greaterThan(0);
    expect(executable(el)).to.deep.equal([]);
    expect(markupInMessages(el)).to.deep.equal([]);
    expect((window as unknown as Trap).__pwned).to.equal(undefined);
  });

  it('the whole catalogue, pasted into every text field, stays text and runs nothing', async function () {
    this.timeout(120000);
    const el = await form({ declaration: onlinePostal() });
    const packed = [...HOSTILE_STRINGS.map((h) => h.value), ...TRAPS].join(' ¦ ');
    await forEachTextField(el, async (f) => {
      await paste(el, f.id, packed);
      const stored = String(readPath(el.value, f.id) ?? '');
      // Single-line inputs drop line breaks (HTML's value sanitization); everything else is kept, NFC.
      const sent = f.kind === 'textarea' ? packed.replace(/\r\n?/gu, '\n') : packed.replace(/[\r\n]/gu, '');
      if (f.kind !== 'personalId') expect(stored === sent.normalize('NFC'), `${f.id} keeps the text`).to.equal(true);
      expect(field(el, f.id).error, `${f.id} is refused`).to.not.equal('');
    });
    await openTask(el, 'review');
    for (const f of textFields(el)) {
      const { shown, expected } = reviewed(el, f);
      expect(shown === expected, `${f.id} on the review`).to.equal(true);
    }
    expect(executable(el)).to.deep.equal([]);
    expect((window as unknown as Trap).__pwned).to.equal(undefined);
  });

  it('strings that core accepts in free text reach the PDF, the DOCX and the dossier manifest as text', async function () {
    this.timeout(120000);
    const el = await form({ declaration: onlinePostal() });
    // Free-text fields, each given the first catalogue string core accepts there (asked of core first, so
    // only one value per field is typed with the keyboard).
    const candidates = ['{{7*7}}', '${7*7}', '=HYPERLINK("http://evil","x")', '+SUM(1)', '@cmd', '<img src=x onerror=alert(1)>', '"><script>alert(1)</script>', '&amp; &lt;b&gt; ]]>', ') Tj /S /JS (app.alert(1)) >> endobj ('];
    const targets = ['applicant.occupation', 'applicant.employer', 'request.details', 'applicant.temporaryAddress'];
    const accepted = new Map<string, string>();
    const used = new Set<string>();
    for (const path of targets) {
      for (const text of candidates) {
        const value = `Số 5 ${text}`;
        if (used.has(text)) continue;
        const declaration = writePath(onlinePostal(), path, value);
        if (validateDeclaration(declaration, { date: '2026-11-23' }).some((i) => i.path === path && i.severity === 'error')) continue;
        accepted.set(path, value);
        used.add(text);
        break;
      }
    }
    await forEachTextField(el, async (f) => {
      const value = accepted.get(f.id);
      if (!value) return;
      const input = field(el, f.id).shadowRoot!.querySelector<HTMLInputElement | HTMLTextAreaElement>('input, textarea')!;
      await typeInto(input, value);
      await settle(el);
      expect(field(el, f.id).error, f.id).to.equal('');
    });
    expect(accepted.size, `accepted: ${[...accepted.entries()].join(' | ')}`).to.be.at.least(2);
    await openTask(el, 'review');
    await next(el);
    expect(el.step, 'the review passes').to.equal('export');
    const capture = captureDownloads();
    try {
      for (const kind of ['pdf', 'docx', 'zip']) {
        await press(el, kind);
        await until(() => capture.downloads.length === ['pdf', 'docx', 'zip'].indexOf(kind) + 1, `${kind} download`, 60000);
      }
    } finally {
      capture.restore();
    }
    const [pdf, docx, zip] = await Promise.all(capture.downloads.map(async (d) => new Uint8Array(await d.blob.arrayBuffer())));
    const doc = await pdfjs.getDocument({ data: pdf!.slice(), verbosity: 0 }).promise;
    let text = '';
    for (let n = 1; n <= doc.numPages; n++) {
      for (const item of (await (await doc.getPage(n)).getTextContent()).items) if ('str' in item) text += item.str + (item.hasEOL ? '\n' : ' ');
    }
    await doc.destroy();
    const flat = (s: string): string => s.replace(/\s+/gu, '');
    const xml = strFromU8(unzipSync(docx!)['word/document.xml']!);
    const parsed = new DOMParser().parseFromString(xml, 'application/xml');
    expect(parsed.querySelector('parsererror')).to.equal(null);
    const words = Array.from(parsed.getElementsByTagNameNS('http://schemas.openxmlformats.org/wordprocessingml/2006/main', 't'))
      .map((t) => t.textContent)
      .join('');
    const manifestEntry = Object.entries(unzipSync(zip!)).find(([name]) => name.endsWith('manifest.json'));
    expect(manifestEntry, 'manifest.json in the ZIP').to.exist;
    const manifest = JSON.parse(strFromU8(manifestEntry![1])) as { declaration: DeclarationDraft };
    for (const [path, value] of accepted) {
      expect(flat(text), `${path} in the PDF`).to.contain(flat(value));
      expect(flat(words), `${path} in the DOCX`).to.contain(flat(value));
      expect(readPath(manifest.declaration, path), `${path} in the manifest`).to.equal(value);
    }
    expect((window as unknown as Trap).__pwned).to.equal(undefined);
    expect(executable(el)).to.deep.equal([]);
  });
});
