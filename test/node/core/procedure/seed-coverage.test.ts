import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SOURCE_PORTAL_GUIDE, SOURCE_PROCEDURE_PAGE, formatMessage, procedure } from '@hochieu/core';
import type { MessageId } from '@hochieu/core';
import { SEED_PORTAL_GUIDE_TEXT, SEED_PROCEDURE_PAGE_TEXT, allStrings, fold, sourcedTexts, undoCorrections } from './helpers.js';

const texts = sourcedTexts(procedure);
const seeds: Record<string, string> = {
  [SOURCE_PROCEDURE_PAGE]: fold(SEED_PROCEDURE_PAGE_TEXT),
  [SOURCE_PORTAL_GUIDE]: fold(SEED_PORTAL_GUIDE_TEXT),
};
const renderedVi = allStrings(procedure)
  .filter((s) => s.startsWith('procedure.'))
  .map((id) => formatMessage(id as MessageId, {}, 'vi'))
  .join('\n');

test('every text marked verbatim or excerpt from a seed is found in that seed', () => {
  const checked = texts.filter((t) => (t.provenance.wording === 'verbatim' || t.provenance.wording === 'excerpt') && seeds[t.provenance.source]);
  assert.ok(checked.length >= 60, `only ${checked.length} texts checked`);
  for (const t of checked) {
    const vi = undoCorrections(formatMessage(t.id as MessageId, t.params, 'vi'), t.provenance);
    assert.ok(seeds[t.provenance.source]!.includes(fold(vi)), `${t.id} not found in its seed`);
  }
});

test('a paraphrase is not passed off as the source: paraphrased and editorial texts are not in the seeds verbatim', () => {
  const own = texts.filter((t) => t.provenance.wording === 'paraphrased' || t.provenance.wording === 'editorial');
  assert.ok(own.length > 0);
  for (const t of own) {
    const vi = fold(formatMessage(t.id as MessageId, t.params, 'vi'));
    if (vi.length < 20) continue;
    for (const seed of Object.values(seeds)) assert.ok(!seed.includes(vi), `${t.id} is verbatim; mark it so`);
  }
});

test('every point of the guide has a provenance with a confidence tag', () => {
  for (const t of texts) assert.ok(['C2', 'S1', 'INF', 'host'].includes(t.provenance.confidence), t.id);
});

test('key statements of the official page are rendered', () => {
  for (const phrase of [
    'Không quá 08 ngày làm việc',
    'sáng thứ 7',
    'trừ ngày Tết, ngày lễ',
    '01 (một) bộ',
    '200.000 đồng/hộ chiếu',
    '400.000 đồng/hộ chiếu',
    '320.000/hộ chiếu',
    'chứng thực điện tử',
    'dịch vụ bưu chính công ích',
    'phí dịch vụ chuyển phát',
    'giấy hẹn trả kết quả',
    'thu thập vân tay',
    'nơi thường trú hoặc tạm trú',
    'nơi thuận lợi',
    'trích lục giấy khai sinh',
    'xuất trình bản chính để kiểm tra, đối chiếu',
    'điểm a khoản 2 Điều 28',
    'Điều 21 của Luật xuất cảnh, nhập cảnh',
    'người đại diện hợp pháp khai và ký thay',
    'nêu rõ lý do',
    'Giờ hành chính từ thứ 2 đến thứ 6',
  ]) {
    assert.ok(renderedVi.includes(phrase), phrase);
  }
});

test('key statements of the portal guide are rendered, URLs included', () => {
  const guide = procedure.portalGuide.sections
    .flatMap((s) => s.steps)
    .map((s) => formatMessage(s.text, s.params ?? {}, 'vi'))
    .join('\n');
  for (const phrase of ['https://dichvucong.gov.vn', 'https://dichvucong.bocongan.gov.vn', 'mã OTP', '“hộ chiếu”', 'Nộp hồ sơ thành công']) {
    assert.ok(guide.includes(phrase), phrase);
  }
  for (const phrase of ['dưới dạng jpeg', 'ảnh mặt sau CCCD', 'nhận qua bưu chính', 'tự thanh toán hoặc nhờ người khác thanh toán hộ', 'CCCD loại 12 số']) {
    assert.ok(renderedVi.includes(phrase), phrase);
  }
});
