// Contrast of the themes (WCAG 2.2 SC 1.4.3 text 4.5:1, SC 1.4.11 non-text
// 3:1), computed from the token values rather than trusted from the README:
// every foreground token the stylesheets put on a background token, for the
// default tokens (`tokenDefaults`, checked to be the values in force inside
// the shadow roots) and for the `contrast` preset as rendered. A control shows
// that axe's colour-contrast rule, as the quality gates run it, fails a page
// whose host sets a weak colour, so the axe gates can fail on contrast.
import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import { tokenAliases, tokenDefaults, type HochieuApp, type TokenName } from '@hochieu/widget';
import { contrastRatio } from '../widget/helpers.js';
import { form, press } from '../form/helpers.js';
import { axeCheck, settleDeep } from './helpers.js';

function rgb(hex: string): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/iu.exec(hex.trim());
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  return `rgb(${parseInt(m[1]!, 16)}, ${parseInt(m[2]!, 16)}, ${parseInt(m[3]!, 16)})`;
}

/** Text colours on the backgrounds they are drawn on (from the widget's stylesheets), with the ratio each needs. */
const PAIRS: readonly [TokenName, TokenName, number][] = [
  ['--hochieu-color-text', '--hochieu-color-background', 4.5],
  ['--hochieu-color-text', '--hochieu-color-surface', 4.5],
  ['--hochieu-color-text-secondary', '--hochieu-color-background', 4.5],
  ['--hochieu-color-text-secondary', '--hochieu-color-surface', 4.5],
  ['--hochieu-color-primary', '--hochieu-color-background', 4.5],
  ['--hochieu-color-primary', '--hochieu-color-surface', 4.5],
  ['--hochieu-color-on-primary', '--hochieu-color-primary', 4.5],
  ['--hochieu-color-on-primary', '--hochieu-color-error', 4.5],
  ['--hochieu-color-error', '--hochieu-color-background', 4.5],
  ['--hochieu-color-error', '--hochieu-color-surface', 4.5],
  ['--hochieu-color-warning', '--hochieu-color-background', 4.5],
  ['--hochieu-color-warning', '--hochieu-color-surface', 4.5],
  ['--hochieu-color-focus-text', '--hochieu-color-focus', 4.5],
  // Non-text: input borders and the dark edge of the focus indicator.
  ['--hochieu-color-border', '--hochieu-color-background', 3],
  ['--hochieu-color-focus-text', '--hochieu-color-background', 3],
];

function failing(values: (name: TokenName) => string): string[] {
  return PAIRS.flatMap(([fg, bg, need]) => {
    const ratio = contrastRatio(rgb(values(fg)), rgb(values(bg)));
    return ratio >= need ? [] : [`${fg} on ${bg}: ${ratio.toFixed(2)} < ${need}`];
  });
}

describe('contrast of the themes', () => {
  afterEach(() => fixtureCleanup());

  it('default tokens: every text pair at least 4.5:1, borders and focus edge at least 3:1, and these are the values in force', async () => {
    expect(failing((name) => tokenDefaults[name])).to.deep.equal([]);
    const app = await fixture<HochieuApp>('<hochieu-app date="2026-11-23" no-drafts></hochieu-app>');
    await settleDeep(app);
    const style = getComputedStyle(app.shadowRoot!.querySelector('.root')!);
    for (const [fg, bg] of PAIRS) {
      for (const name of [fg, bg]) expect(style.getPropertyValue(tokenAliases[name]).trim(), name).to.equal(tokenDefaults[name]);
    }
  });

  it('the "contrast" preset as rendered: every pair passes too', async () => {
    const app = await fixture<HochieuApp>('<hochieu-app theme="contrast" date="2026-11-23" no-drafts></hochieu-app>');
    await settleDeep(app);
    const style = getComputedStyle(app.shadowRoot!.querySelector('.root')!);
    const value = (name: TokenName): string => style.getPropertyValue(tokenAliases[name]).trim();
    expect(value('--hochieu-color-text')).to.not.equal(tokenDefaults['--hochieu-color-text']);
    expect(failing(value)).to.deep.equal([]);
    await axeCheck(app, 'contrast preset');
  });

  it('control: axe’s colour-contrast rule, as the gates run it, fails a weak colour set by the host', async () => {
    const el = await form();
    el.style.setProperty('--hochieu-color-text-secondary', '#a8a8a8');
    await press(el, 'start');
    let message = '';
    try {
      await axeCheck(el, 'weak hint colour');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).to.contain('color-contrast');
  });
});
