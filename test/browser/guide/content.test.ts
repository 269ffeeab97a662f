// Every content item of the two seed pages (the Lạng Sơn procedure page and
// the national portal guide) appears in the rendered guide, in Vietnamese and
// in English. The facts are written here by hand from the seed pages and from
// the English translations a reader would expect; they are not copied from
// the renderer's output.
import { expect, fixtureCleanup } from '@open-wc/testing';
import { allText, guide, openSections, renderAllSections, section, shadow, textOf } from './helpers.js';

/** Phrases of the official procedure page (seed 004), one per content item. */
const PROCEDURE_PAGE_VI: readonly string[] = [
  // Trình tự thực hiện
  'Chuẩn bị hồ sơ theo quy định của pháp luật',
  'trực tiếp nộp hồ sơ vào giờ hành chính các ngày làm việc trong tuần',
  'nộp hồ sơ trực tuyến qua Cổng dịch vụ công quốc gia hoặc Cổng dịch vụ công Bộ Công an',
  'gửi bổ sung hồ sơ qua dịch vụ bưu chính công ích',
  'Người đề nghị cấp hộ chiếu lần đầu thực hiện tại Cơ quan Quản lý xuất nhập cảnh Công an cấp tỉnh nơi thường trú hoặc tạm trú',
  'trường hợp có Thẻ căn cước công dân thực hiện tại cơ quan Quản lý xuất nhập cảnh Công an cấp tỉnh nơi thuận lợi',
  'Người đề nghị cấp hộ chiếu từ lần thứ hai thực hiện tại Cơ quan quản lý xuất nhập cảnh Công an cấp tỉnh nơi thuận lợi',
  'chụp ảnh và khai thác, thu thập vân tay',
  'cấp giấy hẹn trả kết quả',
  'nhận biên lai điện tử',
  'Trường hợp hồ sơ thiếu hoặc không hợp lệ',
  'Trường hợp hồ sơ không đủ điều kiện thì không tiếp nhận hồ sơ',
  'có thể yêu cầu nhận kết quả qua dịch vụ bưu chính và phải trả phí dịch vụ chuyển phát',
  'Từ thứ 2 đến thứ 6 hàng tuần và sáng thứ 7',
  'trừ ngày Tết, ngày lễ',
  'mang theo giấy hẹn trả kết quả',
  'thực hiện theo hướng dẫn của cơ quan cung cấp dịch vụ bưu chính',
  'Trường hợp chưa cấp hộ chiếu phổ thông thì trả lời bằng văn bản',
  'Thời gian trả hộ chiếu: Giờ hành chính từ thứ 2 đến thứ 6 hàng tuần',
  // Cách thức thực hiện
  'Nộp hồ sơ trực tiếp tại trụ sở Cơ quan Quản lý xuất nhập cảnh Công an cấp tỉnh',
  'Nộp bổ sung hồ sơ qua dịch vụ bưu chính công ích theo thông báo',
  // Thành phần hồ sơ
  'mẫu TK01 dành cho người từ 14 tuổi trở lên; mẫu TK01a dành cho người chưa đủ 14 tuổi',
  'người đại diện hợp pháp khai và ký thay',
  'Ảnh mới chụp không quá 6 tháng, cỡ 4cm x 6cm',
  'phông ảnh nền trắng',
  'Hộ chiếu phổ thông cấp lần gần nhất còn giá trị sử dụng',
  'điểm a khoản 2 Điều 28',
  'Bản sao giấy khai sinh hoặc trích lục giấy khai sinh đối với người chưa đủ 14 tuổi chưa được cấp mã số định danh cá nhân',
  'chứng minh người đại diện hợp pháp',
  'thành phần hồ sơ phải được chứng thực điện tử',
  '01 (một) bộ',
  // Thời hạn, đối tượng, cơ quan, kết quả
  'Không quá 08 ngày làm việc',
  'nộp lệ phí thành công',
  'Công dân Việt Nam từ đủ 14 tuổi trở lên được cấp hộ chiếu có gắn chíp điện tử hoặc hộ chiếu không gắn chíp điện tử',
  'Công dân Việt Nam chưa đủ 14 tuổi được cấp hộ chiếu không gắn chíp điện tử',
  'Hộ chiếu phổ thông không gắn chíp điện tử hoặc hộ chiếu phổ thông có gắn chíp điện tử',
  // Lệ phí
  '200.000 đồng/hộ chiếu',
  '400.000 đồng/hộ chiếu',
  '160.000/hộ chiếu',
  '320.000/hộ chiếu',
  'áp dụng đến hết ngày 31/12/2023',
  // Biểu mẫu, điều kiện, căn cứ pháp lý
  'dành cho người từ đủ 14 tuổi trở lên (mẫu TK01)',
  'dành cho người chưa đủ 14 tuổi (mẫu TK01a)',
  'Không thuộc các trường hợp chưa cấp giấy tờ xuất nhập cảnh theo quy định tại Điều 21',
  'Luật số 49/2019/QH14',
  'Luật số 23/2023/QH15',
  'Thông tư số 110/2020/TT-BCA',
  'Thông tư số 31/2023/TT-BCA',
  'Thông tư số 25/2021/TT-BTC',
  'Thông tư số 44/2023/TT-BTC',
];

/** Phrases of the national portal guide (seed 000) outside the 12 numbered steps. */
const PORTAL_GUIDE_VI: readonly string[] = [
  'Có căn cước công dân gắn chip điện tử',
  'Thuê bao đăng ký chính chủ bằng CCCD loại 12 số',
  'Truy cập Cổng dịch vụ công quốc gia: https://dichvucong.gov.vn',
  'Chọn “Đăng ký”',
  'Chọn phương thức đăng ký: Công dân',
  '“Thuê bao di động”',
  'nhập mã xác thực → chọn “Đăng ký”',
  'Nhập mã OTP được gửi vào số điện thoại đăng ký',
  'Nhập mật khẩu và xác nhận mật khẩu',
  'Tạo tài khoản thành công',
  'Đã có tài khoản trên Cổng dịch vụ công quốc gia',
  'Có CCCD có gắn chip điện tử',
  'Có khả năng thanh toán trực tuyến (tự thanh toán hoặc nhờ người khác thanh toán hộ)',
];

/** The 12 steps of online submission (seed 000, part II.2), one phrase each, in order. */
const SUBMIT_STEPS_VI: readonly string[] = [
  'https://dichvucong.bocongan.gov.vn',
  'Chọn “Đăng nhập”',
  'Tài khoản cấp bởi Cổng dịch vụ công quốc gia',
  '“Tên đăng nhập”, “Mật khẩu”, “Mã xác thực”',
  'Nhập mã OTP được gửi về điện thoại',
  'Đăng nhập thành công',
  'nhập từ khóa “hộ chiếu”',
  'Chọn cấp hộ chiếu phổ thông không gắn chíp điện tử ở trong nước',
  'chọn “Nộp trực tuyến”',
  'Chọn đồng ý và tiếp tục',
  'tôi xin chịu trách nhiệm trước pháp luật về lời khai trên',
  'Nộp hồ sơ thành công',
];

/** Sub-points of step 9. */
const STEP9_VI: readonly string[] = [
  'Tải ảnh chân dung, ảnh mặt trước CCCD, ảnh mặt sau CCCD',
  'Kiểm tra và nhập đầy đủ thông tin các trường có dấu (*)',
  'Chọn cơ quan tiếp nhận',
  'nhận trực tiếp hoặc nhận qua bưu chính',
  'Tải các tài liệu đính kèm trong thành phần hồ sơ theo quy định',
  'có thể tải mẫu đơn ở mục “tải về”',
  'Tải ảnh tài liệu dưới dạng jpeg',
];

/** The same content items as an English reader expects to find them. */
const FACTS_EN: readonly string[] = [
  'Prepare the dossier',
  'in person, during office hours on working days',
  'National Public Service Portal',
  'Public Service Portal of the Ministry of Public Security',
  'first time applies at the Immigration Management Office of the provincial Police where they have permanent or temporary residence',
  'second or later passport',
  'fingerprints',
  'appointment slip',
  'electronic receipt',
  'incomplete or not valid',
  'does not meet the conditions',
  'receive the result by post and must then pay the delivery fee',
  'Saturday morning',
  'except on Tết and public holidays',
  'by the public postal service',
  'certified electronically',
  'One (1) set',
  'No more than 8 working days',
  'aged 14 and over are issued a passport with or without an electronic chip',
  'under 14 are issued a passport without an electronic chip',
  '200,000 VND per passport',
  '400,000 VND per passport',
  '160,000 per passport',
  'form TK01',
  'form TK01a',
  'Article 21',
  'Article 28(2)(a)',
  'Law on Exit and Entry of Vietnamese Citizens',
  'Luật số 49/2019/QH14',
  'Thông tư số 110/2020/TT-BCA',
  'How to register an account on the National Public Service Portal',
  'A mobile subscription registered in your own name with your 12-digit citizen identity card',
  'Enter the one-time code (OTP) sent to the registered phone number',
  'The account is created',
  'Have an account on the National Public Service Portal',
  'Be able to pay online',
  'Select agree and continue',
  'The dossier is submitted',
  'Upload images of the documents as JPEG files',
  'Your data is not sent anywhere',
];

describe('<hochieu-guide> content', () => {
  afterEach(() => fixtureCleanup());

  it('shows every content item of the official procedure page in Vietnamese', async () => {
    const el = await guide();
    await renderAllSections(el);
    const text = allText(el);
    const missing = PROCEDURE_PAGE_VI.filter((p) => !text.includes(p));
    expect(missing).to.deep.equal([]);
  });

  it('shows every content item of the portal guide outside the numbered steps', async () => {
    const el = await guide();
    await openSections(el, 'nop-truc-tuyen');
    const text = textOf(section(el, 'nop-truc-tuyen'));
    const missing = PORTAL_GUIDE_VI.filter((p) => !text.includes(p));
    expect(missing).to.deep.equal([]);
  });

  it('lists the 12 steps of online submission as an ordered list, in order', async () => {
    const el = await guide();
    await openSections(el, 'nop-truc-tuyen');
    const list = shadow(el).querySelector('ol[data-steps="submit"]');
    expect(list, 'an <ol> of submission steps').to.exist;
    const items = Array.from(list!.children).filter((c) => c.localName === 'li');
    expect(items.length).to.equal(12);
    SUBMIT_STEPS_VI.forEach((phrase, i) => {
      expect(textOf(items[i]), `step ${i + 1}`).to.contain(phrase);
      expect(textOf(items[i]), `label of step ${i + 1}`).to.match(new RegExp(`^Bước ${i + 1}:`, 'u'));
    });
    const step9 = textOf(items[8]);
    expect(STEP9_VI.filter((p) => !step9.includes(p))).to.deep.equal([]);
  });

  it('lists the 7 steps of account registration as an ordered list', async () => {
    const el = await guide();
    await openSections(el, 'nop-truc-tuyen');
    const list = shadow(el).querySelector('ol[data-steps="register"]');
    expect(list!.querySelectorAll(':scope > li').length).to.equal(7);
    expect(textOf(list!.querySelector(':scope > li:last-child'))).to.contain('Tạo tài khoản thành công');
  });

  it('shows the same content items in English when lang="en"', async () => {
    const el = await guide({ lang: 'en' });
    await renderAllSections(el);
    const text = allText(el);
    const missing = FACTS_EN.filter((p) => !text.includes(p));
    expect(missing).to.deep.equal([]);
    expect(text).not.to.contain('Bạn cần chuẩn bị gì?');
    expect(textOf(shadow(el).querySelector('#nop-truc-tuyen ol[data-steps="submit"] > li'))).to.match(/^Step 1:/u);
  });

  it('links the two official portals and prints their addresses', async () => {
    const el = await guide();
    await openSections(el, 'nop-truc-tuyen');
    const hrefs = Array.from(section(el, 'nop-truc-tuyen').querySelectorAll('a')).map((a) => a.getAttribute('href'));
    expect(hrefs).to.include('https://dichvucong.gov.vn');
    expect(hrefs).to.include('https://dichvucong.bocongan.gov.vn');
  });

  it('states that no data is sent and warns about scams, naming the two official portals', async () => {
    const el = await guide();
    const trust = textOf(shadow(el).querySelector('[data-notice="trust"]'));
    expect(trust).to.contain('không được gửi đến máy chủ nào');
    expect(trust).to.contain('dichvucong.gov.vn');
    expect(trust).to.contain('dichvucong.bocongan.gov.vn');
    expect(trust).to.contain('ảnh căn cước');
  });

  it('shows the fee in force on the date with its basis and the uncertainty notice', async () => {
    const el = await guide({ date: '2026-11-23' });
    await openSections(el, 'le-phi');
    const fees = section(el, 'le-phi');
    const issue = fees.querySelector('tr[data-kind="issue"]');
    const replacement = fees.querySelector('tr[data-kind="replacement"]');
    // Thông tư 64/2025/TT-BTC: 50% of 200.000 / 400.000 đ, for both channels.
    expect(textOf(issue)).to.contain('100.000 đ');
    expect(textOf(replacement)).to.contain('200.000 đ');
    expect(textOf(fees)).to.contain('Thông tư số 64/2025/TT-BTC');
    // The end of that window is disputed (31/12/2025 or 31/12/2026): the notice says so.
    expect(textOf(fees.querySelector('.notice-warning'))).to.contain('31/12/2025');
  });

  it('shows the base rate without the reduction on a date before 1/7/2023', async () => {
    const el = await guide({ date: '2023-03-01' });
    await openSections(el, 'le-phi');
    const fees = section(el, 'le-phi');
    expect(textOf(fees.querySelector('tr[data-kind="issue"]'))).to.contain('200.000 đ');
    expect(textOf(fees.querySelector('tr[data-kind="replacement"]'))).to.contain('400.000 đ');
    expect(fees.querySelector('.block .notice-warning')).to.equal(null);
  });

  it('lists the Lạng Sơn office with address and hours, and a notice that it is unverified', async () => {
    const el = await guide();
    await openSections(el, 'co-quan');
    const offices = section(el, 'co-quan');
    const card = offices.querySelector('[data-office="lang-son"]');
    expect(textOf(card)).to.contain('Số 15 đường Hoàng Văn Thụ');
    expect(textOf(card)).to.contain('Thứ 2 đến thứ 6');
    expect(textOf(card?.querySelector('.notice-warning'))).to.contain('chưa được xác nhận chính thức');
  });

  it('shows several offices of a province with their phone numbers', async () => {
    const el = await guide({ office: 'phu-tho' });
    await openSections(el, 'co-quan');
    const cards = section(el, 'co-quan').querySelectorAll('[data-office]');
    expect(cards.length).to.equal(3);
    const phones = Array.from(section(el, 'co-quan').querySelectorAll('a[href^="tel:"]')).map((a) => a.getAttribute('href'));
    expect(phones).to.include('tel:0692645166');
  });

  it('shows the office named by `office` first when it is an office id', async () => {
    const el = await guide({ office: 'tphcm-pham-hung' });
    await openSections(el, 'co-quan');
    const first = section(el, 'co-quan').querySelector('[data-office]');
    expect(first?.getAttribute('data-office')).to.equal('tphcm-pham-hung');
  });

  it('works out the processing example on the date: 23/11/2026 gives 04/12/2026 (24/11 is a holiday)', async () => {
    const el = await guide({ date: '2026-11-23' });
    await openSections(el, 'thoi-han');
    const text = textOf(section(el, 'thoi-han'));
    expect(text).to.contain('23/11/2026');
    expect(text).to.contain('04/12/2026');
  });

  it('lists the three cases of Điều 21 and the first-issue caution', async () => {
    const el = await guide();
    await openSections(el, 'dieu-kien');
    const cond = section(el, 'dieu-kien');
    expect(cond.querySelectorAll('ol.numbered > li').length).to.equal(3);
    expect(textOf(cond)).to.contain('tạm hoãn xuất cảnh');
    expect(textOf(cond)).to.contain('Nghị định số 144/2021/NĐ-CP');
  });
});
