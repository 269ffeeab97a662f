// Reflow (WCAG 2.2 SC 1.4.10) and text resize (SC 1.4.4), measured: the
// app at 320 CSS px wide with the reader's text at 200% (the browser's default
// font size set to 32 px, as a reader's setting does; the widget sizes from
// `medium`, not from the page's root), in Vietnamese and English, on the
// guide (questionnaire answered, every section open) and on every form step,
// empty, in error and filled with core's longest example, the uploads step,
// the review and the export step. Lost content is looked for three ways:
// the page never scrolls sideways; no element of ours extends past the
// viewport's left or right edge (a wide data table may scroll inside its own
// container, the exception SC 1.4.10 allows, and is then checked to be
// reachable: focusable or in a scroll container); and no element of ours
// with hidden overflow cuts its content off horizontally (visually hidden
// text for screen readers aside). Key controls (every button, input, link
// and summary) must lie inside the viewport horizontally.
import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { example } from '@hochieu/core/examples';
import type { DeclarationDraft } from '@hochieu/core';
import type { HochieuApp, HochieuGuide } from '@hochieu/widget';
import { choose, enterDateOfBirth } from '../guide/helpers.js';
import { next, openTask, press, settle, type HochieuForm } from '../form/helpers.js';
import { deepElements, describe as describeEl, settleDeep, until } from './helpers.js';

const WIDTH = 320;

function visible(el: Element): boolean {
  if (!el.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions)) return false;
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0;
}

/** Visually hidden (screen-reader only) text: clipped to 1 px on purpose. */
function visuallyHidden(el: Element): boolean {
  const s = getComputedStyle(el);
  const r = el.getBoundingClientRect();
  return (s.position === 'absolute' && r.width <= 1 && r.height <= 1) || s.clipPath.includes('inset(50%)') || s.clip.startsWith('rect(0');
}

function scrollsHorizontally(el: Element): boolean {
  const s = getComputedStyle(el);
  return s.overflowX === 'auto' || s.overflowX === 'scroll';
}

/** A scroll container between `el` and the app (crossing shadow roots), if any. */
function scrollParent(el: Element, app: Element): Element | null {
  let node: Element | null = el;
  while (node && node !== app) {
    const parent: Element | null = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null);
    if (parent && parent !== app && scrollsHorizontally(parent)) return parent;
    node = parent;
  }
  return null;
}

/** Problems of reflow in the current state of `app`. */
function reflowProblems(app: Element, state: string): string[] {
  const problems: string[] = [];
  const page = document.documentElement;
  if (page.scrollWidth > window.innerWidth + 1) problems.push(`${state}: the page scrolls sideways (${page.scrollWidth} > ${window.innerWidth})`);
  for (const el of [app, ...deepElements(app)]) {
    if (!visible(el) || visuallyHidden(el) || el.localName === 'style') continue;
    const r = el.getBoundingClientRect();
    const inScroller = scrollParent(el, app);
    const outside = r.right > window.innerWidth + 1 || r.left < -1;
    if (outside && !inScroller) {
      problems.push(`${state}: ${describeEl(el)} "${(el.textContent ?? '').trim().slice(0, 40)}" extends past the viewport (${Math.round(r.left)}–${Math.round(r.right)})`);
    }
    const s = getComputedStyle(el);
    // Text inputs scroll their own value (the caret reaches every character); other boxes must not cut content off.
    const ownScroll = el.localName === 'input' || el.localName === 'textarea';
    if (!ownScroll && (s.overflowX === 'hidden' || s.overflowX === 'clip') && el.scrollWidth > el.clientWidth + 1) {
      problems.push(`${state}: ${describeEl(el)} cuts off its content (${el.scrollWidth} > ${el.clientWidth})`);
    }
    if (scrollsHorizontally(el) && el.scrollWidth > el.clientWidth + 1) {
      // Allowed only for a data table that the user can scroll (focusable container or table inside).
      const table = el.localName === 'table' || el.querySelector('table') !== null;
      const reachable = (el as HTMLElement).tabIndex >= 0;
      if (!table || !reachable) problems.push(`${state}: ${describeEl(el)} scrolls sideways (${el.scrollWidth} > ${el.clientWidth})`);
    }
    const control = ['button', 'input', 'select', 'textarea', 'a', 'summary'].includes(el.localName);
    if (control && !inScroller && (r.left < -1 || r.right > window.innerWidth + 1)) {
      problems.push(`${state}: control ${describeEl(el)} is outside the viewport`);
    }
  }
  return problems;
}

for (const lang of ['vi', 'en'] as const) {
  describe(`reflow at ${WIDTH} CSS px with text at 200% (${lang})`, () => {
    before(async () => {
      await setViewport({ width: WIDTH, height: 640 });
      await executeServerCommand('hochieu-default-font-size', { px: 32 });
    });
    after(async () => {
      await executeServerCommand('hochieu-default-font-size', { px: 16 });
      await setViewport({ width: 800, height: 600 });
    });
    afterEach(() => fixtureCleanup());

    it('loses no content on the guide and on every form step, empty, in error and filled, up to the export', async function () {
      this.timeout(120000);
      expect(window.innerWidth).to.equal(WIDTH);
      const app = await fixture<HochieuApp>(`<hochieu-app lang="${lang}" date="2026-11-23" no-drafts></hochieu-app>`);
      await settleDeep(app);
      const label = app.shadowRoot!.querySelector('.root')!;
      expect(parseFloat(getComputedStyle(label).fontSize), 'text is at 200%').to.equal(32);
      const problems: string[] = [];
      const guide = app.guide as HochieuGuide;
      await enterDateOfBirth(guide, '1988-02-29');
      await choose(guide, 'reason', 'lost');
      await choose(guide, 'channel', 'online');
      for (const d of Array.from(guide.shadowRoot!.querySelectorAll('details'))) d.open = true;
      await settleDeep(app);
      // The sections' content is there (the widest parts: the fee table and the offices).
      await until(() => guide.shadowRoot!.querySelector('table.fees') && guide.shadowRoot!.querySelector('[data-office]'), 'the open sections');
      problems.push(...reflowProblems(app, 'guide'));

      await app.show('form');
      const el: HochieuForm = await until(() => app.form, 'the form');
      await settle(el);
      problems.push(...reflowProblems(app, 'tasks'));
      // Every step empty, then in error after "Tiếp tục" (opened from the task list).
      const tasks = Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('[data-task]')).map((t) => t.dataset['task']!);
      expect(tasks.length).to.be.greaterThan(8);
      for (const task of tasks) {
        if (el.step !== 'tasks') await press(el, 'back');
        await openTask(el, task);
        problems.push(...reflowProblems(app, task));
        if (task === 'review') continue;
        await next(el);
        if (el.step === task) problems.push(...reflowProblems(app, `${task} in error`));
        while (el.step !== 'tasks') await press(el, 'back');
      }
      fixtureCleanup();
      // Every step filled with core's fullest example (the longest answers), through the review to the export.
      const full = await fixture<HochieuApp>(`<hochieu-app lang="${lang}" date="2026-11-23" no-drafts view="form"></hochieu-app>`);
      full.declaration = example('fullAdult') as DeclarationDraft;
      const filled: HochieuForm = await until(() => full.form, 'the form');
      await settle(filled);
      await press(filled, 'start');
      for (let guard = 0; guard < 20 && filled.step !== 'review'; guard += 1) {
        const step = filled.step;
        problems.push(...reflowProblems(full, `${step} filled`));
        await next(filled);
        if (filled.step === step) throw new Error(`stuck on ${step}`);
      }
      problems.push(...reflowProblems(full, 'review filled'));
      await next(filled);
      expect(filled.step).to.equal('export');
      problems.push(...reflowProblems(full, 'export'));
      expect(problems).to.deep.equal([]);
    });
  });
}
