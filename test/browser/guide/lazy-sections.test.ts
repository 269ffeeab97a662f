// The guide's closed sections are rendered from a lazily loaded module
// (issue 9, first load): the first render holds the questionnaire and the
// headings only; a section's content appears when it is first opened (a
// summary click, a deep link), every section's content is on the page before
// printing (`beforeprint` renders it synchronously once the module is loaded),
// and the guide renders everything in the background a few seconds after its
// first render, without opening anything.
import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { HochieuGuide, guide, renderAllSections, section, settle, shadow } from './helpers.js';

const CLOSED = ['trinh-tu', 'cach-thuc', 'co-quan', 'thanh-phan-ho-so', 'thoi-han', 'le-phi', 'bieu-mau', 'dieu-kien', 'nop-truc-tuyen', 'can-cu-phap-ly'];

function bodyOf(el: HochieuGuide, id: string): Element {
  const body = section(el, id).querySelector(':scope > .section-body');
  if (!body) throw new Error(`no body in ${id}`);
  return body;
}

describe('<hochieu-guide> lazily rendered sections', () => {
  let savedHash = '';
  beforeEach(() => {
    savedHash = location.hash;
  });
  afterEach(() => {
    fixtureCleanup();
    history.replaceState(null, '', `${location.pathname}${location.search}${savedHash}`);
  });

  it('renders only the questionnaire at first; a section’s content appears when its summary is clicked', async () => {
    const el = await guide();
    expect(bodyOf(el, 'chuan-bi').querySelector('.questions')).to.exist;
    for (const id of CLOSED) expect(bodyOf(el, id).children.length, id).to.equal(0);
    section(el, 'can-cu-phap-ly').querySelector('summary')!.click();
    await waitUntil(() => bodyOf(el, 'can-cu-phap-ly').querySelectorAll('li[data-instrument]').length > 0, 'legal basis rendered', {
      timeout: 5000,
    });
    expect(section(el, 'can-cu-phap-ly').open).to.equal(true);
    expect(bodyOf(el, 'le-phi').children.length, 'other sections stay empty').to.equal(0);
  });

  it('a deep link (#can-cu-phap-ly) opens the section and renders its content', async () => {
    history.replaceState(null, '', '#can-cu-phap-ly');
    const el = await guide();
    expect(section(el, 'can-cu-phap-ly').open).to.equal(true);
    await HochieuGuide.preloadSections();
    await settle(el);
    expect(bodyOf(el, 'can-cu-phap-ly').querySelectorAll('li[data-instrument]').length).to.be.greaterThan(5);
    expect(bodyOf(el, 'dieu-kien').children.length).to.equal(0);
  });

  it('beforeprint opens and renders every section at once, before the print snapshot; afterprint closes them again', async () => {
    await HochieuGuide.preloadSections();
    const el = await guide();
    expect(bodyOf(el, 'nop-truc-tuyen').children.length).to.equal(0);
    window.dispatchEvent(new Event('beforeprint'));
    // No await: what the print snapshot sees right after the event.
    const details = Array.from(shadow(el).querySelectorAll<HTMLDetailsElement>('details.section'));
    expect(details.every((d) => d.open)).to.equal(true);
    for (const id of CLOSED) expect(bodyOf(el, id).children.length, id).to.be.greaterThan(0);
    expect(bodyOf(el, 'nop-truc-tuyen').querySelectorAll('ol[data-steps="submit"] > li').length).to.equal(12);
    expect(bodyOf(el, 'le-phi').querySelector('tr[data-kind="issue"]')).to.exist;
    window.dispatchEvent(new Event('afterprint'));
    expect(details.filter((d) => d.open).map((d) => d.id)).to.deep.equal(['chuan-bi']);
  });

  it('renderAllSections renders every section without opening any', async () => {
    const el = await guide();
    await renderAllSections(el);
    for (const id of CLOSED) {
      expect(bodyOf(el, id).children.length, id).to.be.greaterThan(0);
      expect(section(el, id).open, id).to.equal(false);
    }
  });

  it('renders every section in the background a few seconds after the first render', async () => {
    const el = await guide();
    expect(bodyOf(el, 'trinh-tu').children.length).to.equal(0);
    await waitUntil(() => CLOSED.every((id) => bodyOf(el, id).children.length > 0), 'background render', { timeout: 10000, interval: 100 });
    expect(shadow(el).querySelectorAll('details[open]').length).to.equal(1);
  });
});
