// Shared styles and events: contrast of the default tokens, a visible focus
// ring, reduced motion, rem-based sizes that follow the user's font size,
// theming through --hochieu-* properties, protection against an old CMS
// theme's aggressive CSS, and the typed hochieu-* events crossing shadow roots.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '@hochieu/widget/define';
import { emit, hochieuEvent, tokenAliases, tokenDefaults, type HochieuTextField, type StepChangeDetail } from '@hochieu/widget';
import { contrastRatio, part, shadowOf } from './helpers.js';

async function field(attrs = 'hint="Gợi ý" error="Lỗi thử"'): Promise<HochieuTextField> {
  const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
  wrap.innerHTML = `<hochieu-text-field label="Họ" ${attrs}></hochieu-text-field>`;
  const el = wrap.querySelector('hochieu-text-field')!;
  await el.updateComplete;
  return el;
}

describe('design tokens and shared styles', () => {
  afterEach(async () => {
    fixtureCleanup();
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('gives label, hint, error and input text at least 4.5:1 contrast by default', async () => {
    const el = await field();
    const bg = getComputedStyle(part(el, 'input')).backgroundColor;
    for (const name of ['label', 'hint', 'error', 'input']) {
      const color = getComputedStyle(part(el, name)).color;
      expect(contrastRatio(color, bg), name).to.be.at.least(4.5);
    }
    expect(contrastRatio(getComputedStyle(part(el, 'input')).borderTopColor, 'rgb(255, 255, 255)')).to.be.at.least(3);
  });

  it('shows a thick focus ring on the focused input', async () => {
    const el = await field('');
    const input = part(el, 'input');
    expect(getComputedStyle(input).outlineStyle).to.equal('none');
    input.focus();
    const style = getComputedStyle(input);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(3);
    expect(style.boxShadow).to.not.equal('none');
  });

  it('turns transitions off when the user prefers reduced motion', async () => {
    const el = await field('');
    expect(getComputedStyle(part(el, 'input')).transitionDuration).to.not.equal('0s');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(part(el, 'input')).transitionDuration).to.equal('0s');
  });

  it("sizes text from the reader's browser font size (medium), not from the page's root size", async () => {
    const root = document.documentElement;
    const saved = root.style.fontSize;
    try {
      const el = await field('');
      const label = part(el, 'label');
      const normal = parseFloat(getComputedStyle(label).fontSize);
      // A page root of 62.5 % (many CMS themes) does not shrink the widget.
      root.style.fontSize = '62.5%';
      expect(parseFloat(getComputedStyle(label).fontSize)).to.equal(normal);
      // The reader's own setting (200 %) doubles it.
      await executeServerCommand('hochieu-default-font-size', { px: 32 });
      await new Promise((r) => requestAnimationFrame(r));
      const doubled = parseFloat(getComputedStyle(label).fontSize);
      expect(doubled).to.equal(normal * 2);
      expect(part(el, 'input').getBoundingClientRect().height).to.be.at.least(88);
    } finally {
      root.style.fontSize = saved;
      await executeServerCommand('hochieu-default-font-size', { px: 16 });
    }
  });

  it('can be themed with --hochieu-* custom properties set on an ancestor', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div style="--hochieu-color-error: rgb(120, 0, 60); --hochieu-font-family: serif">
        <hochieu-text-field label="Họ" error="Lỗi"></hochieu-text-field>
      </div>`,
    );
    const el = wrap.querySelector('hochieu-text-field')!;
    await el.updateComplete;
    expect(getComputedStyle(part(el, 'error')).color).to.equal('rgb(120, 0, 60)');
    expect(getComputedStyle(part(el, 'label')).fontFamily).to.equal('serif');
  });

  it('reads every public token, with its documented default', async () => {
    const el = await field('');
    const names = Object.keys(tokenDefaults) as (keyof typeof tokenDefaults)[];
    for (const name of names) {
      // A default written as another variable (`var(--_hochieu-rem)`) is read as that variable's value.
      const documented: string = tokenDefaults[name];
      const reference = /^var\((--[\w-]+)\)$/u.exec(documented)?.[1];
      const expected = reference ? getComputedStyle(el).getPropertyValue(reference).trim() : documented;
      expect(getComputedStyle(el).getPropertyValue(tokenAliases[name]).trim(), name).to.equal(expected);
    }
    names.forEach((name, i) => el.parentElement!.style.setProperty(name, `${i + 1}px`));
    for (const [i, name] of names.entries()) {
      expect(getComputedStyle(el).getPropertyValue(tokenAliases[name]).trim(), name).to.equal(`${i + 1}px`);
    }
  });

  it("keeps its own look under an old CMS theme's aggressive CSS", async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <style>
        * { font-family: 'Comic Sans MS', cursive !important; color: rgb(255, 0, 0) !important;
            letter-spacing: 4px !important; text-transform: uppercase !important; line-height: 0.8 !important; }
        input { border: 9px dotted rgb(255, 0, 255) !important; background: rgb(0, 0, 0) !important; }
        label { display: none !important; }
        div { padding: 40px !important; }
      </style>
      <hochieu-text-field label="Họ" hint="Gợi ý"></hochieu-text-field>
    </div>`);
    const el = wrap.querySelector('hochieu-text-field')!;
    await el.updateComplete;
    const label = getComputedStyle(part(el, 'label'));
    expect(label.display).to.equal('block');
    expect(label.color).to.equal('rgb(11, 12, 12)');
    expect(label.textTransform).to.equal('none');
    expect(label.letterSpacing).to.equal('normal');
    expect(label.fontFamily).to.not.contain('Comic');
    const input = getComputedStyle(part(el, 'input'));
    expect(input.borderTopWidth).to.equal('2px');
    expect(input.borderTopStyle).to.equal('solid');
    expect(input.backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(shadowOf(el).querySelector('.root')!).paddingTop).to.equal('0px');
  });
});

describe('hochieu-* events', () => {
  it('bubble and cross shadow roots, with a typed detail', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<section><span></span></section>';
    const details: StepChangeDetail[] = [];
    document.addEventListener('hochieu-step-change', (e) => details.push(e.detail), { once: true });
    emit(root.querySelector('span')!, 'hochieu-step-change', { from: 'applicant', to: 'passport', index: 1, count: 5 });
    expect(details).to.deep.equal([{ from: 'applicant', to: 'passport', index: 1, count: 5 }]);
  });

  it('are bubbling, composed and not cancelable', () => {
    const event = hochieuEvent('hochieu-export', { kind: 'pdf', ok: true });
    expect(event.type).to.equal('hochieu-export');
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(event.cancelable).to.equal(false);
  });
});
