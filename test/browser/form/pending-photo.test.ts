// Issue 13, item 1: a portrait chosen on "Ảnh và giấy tờ" and not confirmed
// is never dropped without a word. With the check notice open ("Ảnh có thể
// chưa đạt yêu cầu…", "Vẫn dùng ảnh này") or the crop frame still open,
// "Tiếp tục" (clicked with the real mouse) stays on the step and asks; "Dùng
// ảnh này và tiếp tục" puts the photo on the review (never "Chưa có"), "Bỏ
// ảnh vừa chọn" continues without it because the citizen said so.
import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { example } from '@hochieu/core/examples';
import type { DeclarationDraft } from '@hochieu/core';
import { encode, file, inside, maybeInside, portrait } from '../uploads/helpers.js';
import { clickOn } from '../widget/helpers.js';
import { focused, form, maybe, q, settle, textOf, type HochieuForm } from './helpers.js';
import { reviewAnswer, toUploads, uploadInput } from './upload-helpers.js';
import { choose } from '../uploads/helpers.js';

/** A portrait on a dark background: the checks flag it, so "Dùng khung này" leads to the findings. */
async function darkPortrait(): Promise<File> {
  return file(await encode(portrait(1000, 1500, '#4a4a4a'), 'image/jpeg'), 'IMG_0007.jpg', 'image/jpeg');
}

async function openCrop(el: HochieuForm, f: File): Promise<HTMLElement> {
  const input = uploadInput(el, 'photo');
  choose(inside<HTMLInputElement>(input, '#picker'), f);
  await waitUntil(() => maybeInside(input, '#frame') !== null, 'the crop frame did not open', { timeout: 10000 });
  return input;
}

async function pressContinue(el: HochieuForm): Promise<void> {
  await clickOn(q(el, '[data-action="continue"]'));
  await settle(el);
}

describe('<hochieu-form> an unconfirmed photo is never dropped silently (issue 13, item 1)', () => {
  afterEach(() => fixtureCleanup());

  it('with the check notice open, "Tiếp tục" asks; keeping the photo puts it on the review', async () => {
    const el = await form({ declaration: example('onlinePostal') as DeclarationDraft });
    await toUploads(el);
    const input = await openCrop(el, await darkPortrait());
    await clickOn(inside(input, '#apply'));
    await waitUntil(() => maybeInside(input, '#findings') !== null, 'the checks did not flag the dark photo', { timeout: 15000 });
    expect(el.uploadedFiles.has('photo')).to.equal(false);
    await pressContinue(el);
    expect(el.step).to.equal('uploads');
    const question = q(el, '[data-pending-question]');
    expect(textOf(question)).to.contain('Chưa xác nhận: Ảnh chân dung');
    await waitUntil(() => focused(el) === question, 'the question did not take focus');
    await clickOn(q(el, '[data-action="pending-keep"]'));
    await waitUntil(() => el.step === 'review', 'did not move to the review', { timeout: 10000 });
    await settle(el);
    expect(el.uploadedFiles.get('photo')?.type).to.equal('image/jpeg');
    expect(reviewAnswer(el, 'photo')).to.not.contain('Chưa có');
    expect(reviewAnswer(el, 'photo')).to.contain('anh-chan-dung.jpg');
  });

  it('with the crop frame still open, "Tiếp tục" asks too; dropping keeps the step moving and the photo out', async () => {
    const el = await form({ declaration: example('onlinePostal') as DeclarationDraft });
    await toUploads(el);
    await openCrop(el, await darkPortrait());
    await pressContinue(el);
    expect(el.step).to.equal('uploads');
    expect(maybe(el, '[data-pending-question]')).to.not.equal(null);
    await clickOn(q(el, '[data-action="pending-drop"]'));
    await waitUntil(() => el.step === 'review', 'did not move to the review', { timeout: 10000 });
    expect(el.uploadedFiles.has('photo')).to.equal(false);
  });

  it('with the crop frame open, keeping frames the photo as shown and uses it despite the findings', async () => {
    const el = await form({ lang: 'en', declaration: example('onlinePostal') as DeclarationDraft });
    await toUploads(el);
    await openCrop(el, await darkPortrait());
    await pressContinue(el);
    expect(textOf(q(el, '[data-pending-question]'))).to.contain('Not confirmed yet: ');
    await clickOn(q(el, '[data-action="pending-keep"]'));
    await waitUntil(() => el.step === 'review', 'did not move to the review', { timeout: 15000 });
    expect(el.uploadedFiles.has('photo')).to.equal(true);
  });

  it('with no photo pending, "Tiếp tục" moves on without a question', async () => {
    const el = await form({ declaration: example('onlinePostal') as DeclarationDraft });
    await toUploads(el);
    await pressContinue(el);
    expect(el.step).to.equal('review');
  });

  it('has no axe violations with the question open', async () => {
    const el = await form({ declaration: example('onlinePostal') as DeclarationDraft });
    await toUploads(el);
    await openCrop(el, await darkPortrait());
    await pressContinue(el);
    await expect(el).to.be.accessible();
  });
});
