// Accessibility of <hochieu-form> with axe-core (WCAG A and AA rules, no
// violations): every step of TK01 and of TK01a, first empty, then in the
// error state after a failed "Tiếp tục", then filled; the review, also with
// its error summary; the export step; in Vietnamese and in English. Also the
// keyboard basics: every step heading is focusable, buttons are native.
import { expect, fixtureCleanup } from '@open-wc/testing';
import { example } from '@hochieu/core/examples';
import type { DeclarationDraft } from '@hochieu/core';
import { fillStep, form, maybe, next, openTask, press, q, shadow, type HochieuForm } from './helpers.js';

async function accessible(el: HochieuForm, what: string): Promise<void> {
  try {
    await expect(el).to.be.accessible();
  } catch (error) {
    throw new Error(`${what}: ${(error as Error).message}`);
  }
}

/** Walks every step: axe empty, axe after a failed "Tiếp tục", then fills it and goes on. Returns the steps checked. */
async function walk(el: HochieuForm, data: DeclarationDraft, label: string): Promise<string[]> {
  const checked: string[] = [];
  await accessible(el, `${label} tasks`);
  await press(el, 'start');
  for (let guard = 0; guard < 20 && el.step !== 'review'; guard += 1) {
    const step = el.step;
    await accessible(el, `${label} ${step}`);
    await next(el);
    if (el.step === step) {
      expect(maybe(el, 'hochieu-error-summary')?.shadowRoot?.querySelector('a'), `${step} summary`).to.not.equal(null);
      await accessible(el, `${label} ${step} with errors`);
      await fillStep(el, data);
      await accessible(el, `${label} ${step} filled`);
      await next(el);
    }
    checked.push(step);
  }
  await accessible(el, `${label} review`);
  await next(el);
  expect(el.step).to.equal('export');
  await accessible(el, `${label} export`);
  return checked;
}

for (const lang of ['vi', 'en'] as const) {
  describe(`<hochieu-form> accessibility (${lang})`, () => {
    afterEach(() => fixtureCleanup());

    it('has no axe violations on any TK01 step, empty, in error and filled', async function () {
      this.timeout(120000);
      const el = await form({ lang });
      const steps = await walk(el, example('fullAdult') as DeclarationDraft, `TK01 ${lang}`);
      expect(steps).to.include('submission');
    });

    it('has no axe violations on any TK01a step, including part A in error', async function () {
      this.timeout(120000);
      const child = example('child') as DeclarationDraft;
      const el = await form({ lang, declaration: { applicant: { dateOfBirth: child.applicant!.dateOfBirth } } });
      const steps = await walk(el, child, `TK01a ${lang}`);
      expect(steps[0]).to.equal('representative');
    });

    it('has no axe violations on the review with its error summary', async () => {
      const data = example('minimalAdult') as DeclarationDraft;
      const el = await form({ lang, declaration: { ...data, applicant: { ...data.applicant, phone: '', familyName: 'X1' } } });
      await openTask(el, 'review');
      await next(el);
      expect(el.step).to.equal('review');
      expect(q(el, 'hochieu-error-summary').shadowRoot?.querySelectorAll('a').length).to.equal(2);
      await accessible(el, `review errors ${lang}`);
    });

    it('gives every step a focusable heading and uses native buttons', async () => {
      const el = await form({ lang });
      await press(el, 'start');
      const heading = q(el, 'h2');
      expect(heading.getAttribute('tabindex')).to.equal('-1');
      for (const button of Array.from(shadow(el).querySelectorAll('[data-action]'))) expect(button.localName).to.equal('button');
      expect(shadow(el).querySelector('.root')?.getAttribute('lang')).to.equal(lang);
    });
  });
}
