// The uploads step of <hochieu-form> ("Ảnh và giấy tờ"): it lists exactly the
// files core's plan asks for in each case (adult online first issue: photo and
// the card's two sides, all needed; lost passport: the loss report; child
// without a personal ID: birth certificate and proof of representation), each
// attachment labelled with the component's title and why it is needed; upload
// status on the task list and the review ("Chưa có", or the file's name and
// size); missing files warn but never block; axe on the step empty, with a
// refused file and filled, in Vietnamese and English.
import { expect, fixtureCleanup } from '@open-wc/testing';
import { example } from '@hochieu/core/examples';
import type { DeclarationDraft } from '@hochieu/core';
import { encode, file, portrait } from '../uploads/helpers.js';
import { clickOn } from '../widget/helpers.js';
import { form, next, openTask, press, q, settle, type HochieuForm } from './helpers.js';
import { addFile, addPhoto, portraitFile, reviewAnswer, text, toUploads, uploadInput, uploadSlotsShown } from './upload-helpers.js';

async function accessible(el: HochieuForm, what: string): Promise<void> {
  try {
    await expect(el).to.be.accessible();
  } catch (error) {
    throw new Error(`${what}: ${(error as Error).message}`);
  }
}

async function cardImage(name: string): Promise<File> {
  return file(await encode(portrait(640, 400), 'image/jpeg'), name, 'image/jpeg');
}

describe('<hochieu-form> uploads step', () => {
  afterEach(() => fixtureCleanup());

  it('for an adult applying online for a first passport, asks for the photo and both sides of the ID card, all needed', async () => {
    const el = await form({ declaration: example('onlinePostal') as DeclarationDraft });
    await toUploads(el);
    expect(el.step).to.equal('uploads');
    expect(uploadSlotsShown(el)).to.deep.equal(['photo', 'idFront', 'idBack']);
    expect(uploadInput(el, 'photo').label).to.equal('Ảnh chân dung');
    expect(uploadInput(el, 'idFront').label).to.equal('Ảnh mặt trước thẻ căn cước');
    expect(uploadInput(el, 'idBack').label).to.equal('Ảnh mặt sau thẻ căn cước');
    for (const slot of ['photo', 'idFront', 'idBack']) expect(uploadInput(el, slot).required, slot).to.equal(true);
    expect(uploadInput(el, 'photo').hint).to.contain('Nộp trực tuyến: tải ảnh chân dung lên Cổng dịch vụ công.');
    expect(uploadInput(el, 'idFront').hint).to.contain('Cổng dịch vụ công yêu cầu ảnh mặt trước và mặt sau CCCD');
    expect(uploadInput(el, 'photo').localName).to.equal('hochieu-photo-input');
    expect(uploadInput(el, 'idFront').getAttribute('kind')).to.equal('image');
  });

  it('for a lost passport adds the loss report, with its title and why it is needed, and nothing else', async () => {
    const el = await form({ declaration: example('lostPassport') as DeclarationDraft });
    await toUploads(el);
    expect(uploadSlotsShown(el)).to.deep.equal(['photo', 'idFront', 'idBack', 'attachment-lossReport']);
    const report = uploadInput(el, 'attachment-lossReport');
    expect(report.localName).to.equal('hochieu-file-input');
    expect(report.getAttribute('kind')).to.equal('attachment');
    // In person, and the plan cannot know whether the lost passport was still valid: optional.
    expect(report.label).to.equal('Đơn báo mất hộ chiếu hoặc thông báo đã tiếp nhận đơn (không bắt buộc)');
    expect(report.hint).to.equal('Hộ chiếu bị mất: kèm đơn báo mất nếu hộ chiếu đó còn giá trị sử dụng.');
    // In person the photo and the card images are optional.
    expect(uploadInput(el, 'photo').required).to.equal(false);
    expect(uploadInput(el, 'idFront').label).to.equal('Ảnh mặt trước thẻ căn cước (không bắt buộc)');
  });

  it('for a child without a personal ID adds the birth certificate and the proof of representation', async () => {
    const el = await form({ declaration: example('childWithoutId') as DeclarationDraft });
    expect(el.form).to.equal('TK01a');
    await toUploads(el);
    expect(uploadSlotsShown(el)).to.deep.equal(['photo', 'idFront', 'idBack', 'attachment-birthCertificate', 'attachment-representationProof']);
    expect(uploadInput(el, 'attachment-birthCertificate').hint).to.equal('Người chưa đủ 14 tuổi chưa được cấp số định danh cá nhân.');
    expect(uploadInput(el, 'attachment-representationProof').label).to.contain('Giấy tờ chứng minh người đại diện hợp pháp');
    expect(uploadInput(el, 'attachment-representationProof').hint).to.contain('chứng minh người khai và ký thay là người đại diện hợp pháp');
  });

  it('follows the plan when the case changes: the loss report goes away when the reason is no longer a loss', async () => {
    const data = example('lostPassport') as DeclarationDraft;
    const el = await form({ declaration: { ...data, request: { ...data.request!, reason: 'renewal' } } });
    await toUploads(el);
    expect(uploadSlotsShown(el)).to.deep.equal(['photo', 'idFront', 'idBack', 'attachment-previousPassport']);
  });

  it('shows the upload status on the task list and the review, warns about missing files but never blocks', async () => {
    const el = await form({ declaration: example('onlinePostal') as DeclarationDraft });
    const task = () => q(el, '[data-task="uploads"]');
    expect(task().dataset['status']).to.equal('notStarted');
    expect(text(task())).to.contain('Chưa bắt đầu');
    expect(text(task())).to.contain('Đã có 0 trên 3 tệp cần cho hồ sơ.');
    await toUploads(el);
    const front = await cardImage('mat-truoc.jpg');
    await addFile(el, 'idFront', front);
    expect(el.uploadedFiles.get('idFront')).to.equal(front);
    await press(el, 'back');
    expect(el.step).to.equal('tasks');
    expect(task().dataset['status']).to.equal('inProgress');
    expect(text(task())).to.contain('Đã có 1 trên 3 tệp cần cho hồ sơ.');

    // "Tiếp tục" with two needed files missing: the review comes next.
    await openTask(el, 'uploads');
    await next(el);
    expect(el.step).to.equal('review');
    expect(reviewAnswer(el, 'idFront')).to.match(/^mat-truoc\.jpg \(\d+ KB\)$/u);
    expect(reviewAnswer(el, 'photo')).to.equal('Chưa có (cần khi nộp trực tuyến)');
    expect(reviewAnswer(el, 'idBack')).to.equal('Chưa có (cần khi nộp trực tuyến)');

    // "Thay đổi" opens the uploads step on that input, with the warnings; "Tiếp tục" returns to the review.
    await clickOn(q(el, '#change-upload-idBack'));
    await settle(el);
    expect(el.step).to.equal('uploads');
    expect(el.shadowRoot!.activeElement?.id).to.equal('upload-idBack');
    expect(uploadInput(el, 'photo').warning).to.equal('Chưa có tệp này; cần khi nộp hồ sơ trực tuyến. Bạn có thể thêm sau.');
    expect(uploadInput(el, 'idFront').warning).to.equal('');
    await addFile(el, 'idBack', await cardImage('mat-sau.jpg'));
    expect(uploadInput(el, 'idBack').warning).to.equal('');
    await next(el);
    expect(el.step).to.equal('review');
    expect(reviewAnswer(el, 'idBack')).to.match(/^mat-sau\.jpg \(\d+ KB\)$/u);
  });

  it('removing a file from its input removes it from the form', async () => {
    const el = await form({ declaration: example('lostPassport') as DeclarationDraft });
    await toUploads(el);
    const scan = file(await encode(portrait(500, 700), 'image/png'), 'don-bao-mat.png', 'image/png');
    await addFile(el, 'attachment-lossReport', scan);
    expect(el.uploadedFiles.get('attachment-lossReport')).to.equal(scan);
    const input = uploadInput(el, 'attachment-lossReport');
    (input.shadowRoot!.querySelector('[part~="remove"]') as HTMLButtonElement).click();
    await settle(el);
    expect(el.uploadedFiles.has('attachment-lossReport')).to.equal(false);
  });

  it('leaves the step out with the no-uploads attribute, or `uploads = false` (the former property)', async () => {
    const el = await form({ declaration: example('onlinePostal') as DeclarationDraft });
    expect(el.uploads).to.equal(true);
    el.uploads = false;
    await settle(el);
    expect(el.noUploads).to.equal(true);
    expect(el.shadowRoot!.querySelector('[data-task="uploads"]')).to.equal(null);
    el.uploads = true;
    await settle(el);
    expect(el.shadowRoot!.querySelector('[data-task="uploads"]')).to.not.equal(null);
    el.setAttribute('no-uploads', '');
    await settle(el);
    expect(el.shadowRoot!.querySelector('[data-task="uploads"]')).to.equal(null);
    await openTask(el, 'review');
    expect(el.shadowRoot!.querySelector('[data-review-section="uploads"]')).to.equal(null);
  });

  for (const lang of ['vi', 'en'] as const) {
    it(`has no axe violations on the uploads step empty, with a refused file and filled (${lang})`, async function () {
      this.timeout(60000);
      const el = await form({ lang, declaration: example('lostPassport') as DeclarationDraft });
      await toUploads(el);
      await accessible(el, `uploads empty ${lang}`);
      // A "scan" that is really an SVG: refused with its own message, shown as the input's error.
      await addFile(el, 'attachment-lossReport', file('<svg xmlns="http://www.w3.org/2000/svg"/>', 'scan.pdf', 'application/pdf'));
      const report = uploadInput(el, 'attachment-lossReport');
      expect(text(report.shadowRoot!.querySelector('#error'))).to.not.equal('');
      expect(el.uploadedFiles.has('attachment-lossReport')).to.equal(false);
      await accessible(el, `uploads refused file ${lang}`);
      await addPhoto(el, await portraitFile());
      await addFile(el, 'idFront', await cardImage('front.jpg'));
      await addFile(el, 'attachment-lossReport', file(await encode(portrait(500, 700), 'image/jpeg'), 'don.jpg', 'image/jpeg'));
      await accessible(el, `uploads filled ${lang}`);
    });

    it(`has no axe violations on the uploads step with warnings and on the review of uploads (${lang})`, async function () {
      this.timeout(60000);
      const el = await form({ lang, declaration: example('onlinePostal') as DeclarationDraft });
      await toUploads(el);
      await next(el);
      expect(el.step).to.equal('review');
      await accessible(el, `uploads review ${lang}`);
      await press(el, 'back');
      expect(uploadInput(el, 'idFront').warning).to.not.equal('');
      await accessible(el, `uploads warnings ${lang}`);
    });
  }
});
