// Accessibility (axe-core, WCAG 2.x A and AA rules, no violations) of the
// whole guide in Vietnamese and English with the questionnaire filled and
// every section open, and the print stylesheet under print media emulation:
// all sections visible, no buttons, no questionnaire inputs, portal
// addresses printed after the links.
import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { HochieuGuide, choose, enterDateOfBirth, guide, renderAllSections, shadow } from './helpers.js';

async function fill(el: HochieuGuide): Promise<void> {
  await enterDateOfBirth(el, '2015-06-01');
  await choose(el, 'reason', 'first');
  await choose(el, 'hasChipIdCard', 'false');
  await choose(el, 'channel', 'online');
  await choose(el, 'delivery', 'post');
}

async function openAll(el: HochieuGuide): Promise<void> {
  for (const d of Array.from(shadow(el).querySelectorAll('details'))) d.open = true;
  await renderAllSections(el);
}

function visible(node: Element | null): boolean {
  return node !== null && node.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true } as CheckVisibilityOptions);
}

describe('<hochieu-guide> accessibility', () => {
  afterEach(() => fixtureCleanup());

  it('has no axe violations in Vietnamese with the questionnaire filled and all sections open', async () => {
    const el = await guide();
    await fill(el);
    await openAll(el);
    await expect(el).to.be.accessible();
  });

  it('has no axe violations in English with the questionnaire filled and all sections open', async () => {
    const el = await guide({ lang: 'en' });
    await fill(el);
    await openAll(el);
    await expect(el).to.be.accessible();
  });

  it('has no axe violations before any answer', async () => {
    const el = await guide();
    await expect(el).to.be.accessible();
  });

  it('labels every questionnaire input and groups radios in fieldsets with legends', async () => {
    const el = await guide();
    const root = shadow(el);
    for (const input of Array.from(root.querySelectorAll<HTMLInputElement>('.questions input'))) {
      expect(input.labels?.length ?? 0, input.id).to.be.greaterThan(0);
    }
    for (const radio of Array.from(root.querySelectorAll<HTMLInputElement>('.questions input[type="radio"]'))) {
      expect(radio.closest('fieldset')?.querySelector('legend')?.textContent?.trim(), radio.id).to.not.equal('');
    }
  });
});

describe('<hochieu-guide> print', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    fixtureCleanup();
  });

  it('prints every section open, without buttons or questionnaire inputs', async () => {
    const el = await guide();
    await fill(el);
    // The sections' module is loaded (as the guide's background render does soon after the first render).
    await HochieuGuide.preloadSections();
    const details = Array.from(shadow(el).querySelectorAll<HTMLDetailsElement>('details.section'));
    expect(details.filter((d) => d.open).length).to.equal(1);
    expect(visible(shadow(el).querySelector('#le-phi .section-body table'))).to.equal(false);

    await emulateMedia({ media: 'print' });
    await waitUntil(() => details.every((d) => d.open), 'all sections open for print', { timeout: 3000 });
    for (const d of details) {
      const body = d.querySelector('.section-body');
      expect(visible(body), d.id).to.equal(true);
    }
    expect(visible(shadow(el).querySelector('#le-phi table'))).to.equal(true);
    expect(visible(shadow(el).querySelector('#nop-truc-tuyen ol[data-steps="submit"]'))).to.equal(true);
    for (const b of Array.from(shadow(el).querySelectorAll('button'))) expect(visible(b)).to.equal(false);
    for (const i of Array.from(shadow(el).querySelectorAll('input'))) expect(visible(i)).to.equal(false);
    expect(visible(shadow(el).querySelector('nav.toc'))).to.equal(false);
    // The personalised result stays, so the printout is the citizen's checklist.
    expect(visible(shadow(el).querySelector('.result [data-part="documents"]'))).to.equal(true);
    const link = shadow(el).querySelector('#nop-truc-tuyen a[href="https://dichvucong.bocongan.gov.vn"]')!;
    expect(getComputedStyle(link, '::after').content).to.contain('https://dichvucong.bocongan.gov.vn');

    await emulateMedia({ media: 'screen' });
    await waitUntil(() => !details[1]!.open, 'sections closed again after print', { timeout: 3000 });
    expect(details.filter((d) => d.open).map((d) => d.id)).to.deep.equal(['chuan-bi']);
  });
});
