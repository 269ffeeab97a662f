// The demo page's playground (loaded lazily by main.ts, issue 16: the page's
// first load stays within 10 kB of the embed's). The page (`pnpm start`) shows <hochieu-app> on a provincial police page shell for
// the default province, Lạng Sơn, with a playground for webmasters and
// developers: language, province/office, date, theme and primary colour,
// a JSON configuration applied live through the element's own
// `<script type="application/json">` child (a bad one shows the element's
// notice), the embed snippet to copy, sample applicants (core's named
// examples) that fill the form in one click, a preview of the generated PDF
// (docgen, loaded on demand) and the element API rendered from
// custom-elements.json.
import type { HochieuApp } from '@hochieu/widget';
import { validExamples, type ValidExampleName } from '@hochieu/core/examples';
import { renderApi } from './api-table.js';

const $ = <T extends HTMLElement>(id: string): T => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`demo: #${id} missing`);
  return el as T;
};

let app = $<HochieuApp>('app');
const title = $('page-title');
const titles = { vi: 'Cấp hộ chiếu phổ thông ở trong nước', en: 'Issuing an ordinary passport in Viet Nam' } as const;

const officeSelect = $<HTMLSelectElement>('pg-office');
const dateInput = $<HTMLInputElement>('pg-date');
const themeSelect = $<HTMLSelectElement>('pg-theme');
const primaryInput = $<HTMLInputElement>('pg-primary');
const configArea = $<HTMLTextAreaElement>('pg-config');
const configStatus = $('pg-status');
const snippet = $('pg-snippet');

const EXAMPLE_LABELS: Record<ValidExampleName, string> = {
  minimalAdult: 'Người lớn, cấp lần đầu (chỉ mục bắt buộc)',
  fullAdult: 'Người lớn, điền đầy đủ mọi mục',
  child: 'Trẻ dưới 14 tuổi (TK01a)',
  childWithoutId: 'Trẻ dưới 14 tuổi chưa có số định danh',
  lostPassport: 'Cấp lại do mất hộ chiếu',
  onlinePostal: 'Nộp trực tuyến, nhận qua bưu điện',
};

function configScript(el: HochieuApp): HTMLScriptElement {
  let script = el.querySelector<HTMLScriptElement>('script[type="application/json"]');
  if (!script) {
    script = document.createElement('script');
    script.type = 'application/json';
    el.append(script);
  }
  return script;
}

function updateSnippet(): void {
  const attrs = [`lang="${app.getAttribute('lang') ?? 'vi'}"`];
  if (officeSelect.value !== 'lang-son') attrs.push(`office="${officeSelect.value}"`);
  if (dateInput.value) attrs.push(`date="${dateInput.value}"`);
  if (themeSelect.value) attrs.push(`theme="${themeSelect.value}"`);
  if (primaryInput.value !== '#1d4f91') attrs.push(`style="--hochieu-color-primary: ${primaryInput.value}"`);
  const json = configArea.value.trim();
  const child = json && json !== '{}' ? `\n  <script type="application/json">\n${json.replace(/^/gmu, '    ')}\n  </script>\n` : '';
  snippet.textContent = `<script type="module" src="/hochieu/hochieu.js"></script>\n<hochieu-app ${attrs.join(' ')}>${child}</hochieu-app>`;
}

async function showConfigStatus(): Promise<void> {
  // The element re-reads its JSON child in a MutationObserver callback: let it run, then wait for the render.
  await new Promise((r) => setTimeout(r, 0));
  await app.updateComplete;
  const problems = app.configProblems;
  configStatus.dataset['tone'] = problems.length ? 'error' : 'ok';
  configStatus.textContent = problems.length
    ? `Cấu hình có ${problems.length} lỗi: công cụ dùng cấu hình mặc định (xem thông báo trong công cụ và bảng điều khiển).`
    : 'Cấu hình đã được áp dụng.';
}

let configTimer: ReturnType<typeof setTimeout> | undefined;
configArea.addEventListener('input', () => {
  clearTimeout(configTimer);
  configTimer = setTimeout(() => {
    configScript(app).textContent = configArea.value;
    updateSnippet();
    void showConfigStatus();
  }, 300);
});

officeSelect.addEventListener('change', () => {
  app.setAttribute('office', officeSelect.value);
  updateSnippet();
});
dateInput.addEventListener('change', () => {
  if (dateInput.value) app.setAttribute('date', dateInput.value);
  else app.removeAttribute('date');
  updateSnippet();
});
themeSelect.addEventListener('change', () => {
  if (themeSelect.value) app.setAttribute('theme', themeSelect.value);
  else app.removeAttribute('theme');
  updateSnippet();
});
primaryInput.addEventListener('input', () => {
  app.style.setProperty('--hochieu-color-primary', primaryInput.value);
  updateSnippet();
});

$('pg-copy').addEventListener('click', () => {
  void navigator.clipboard?.writeText(snippet.textContent ?? '').then(
    () => (configStatus.textContent = 'Đã sao chép mã nhúng.'),
    () => (configStatus.textContent = 'Không sao chép được; hãy chọn và sao chép mã bằng tay.'),
  );
});

for (const button of Array.from(document.querySelectorAll<HTMLButtonElement>('.toolbar button[data-lang]'))) {
  button.addEventListener('click', () => {
    const lang = button.dataset['lang'] === 'en' ? 'en' : 'vi';
    app.setAttribute('lang', lang);
    title.textContent = titles[lang];
    title.lang = lang;
    for (const b of Array.from(document.querySelectorAll<HTMLButtonElement>('.toolbar button[data-lang]'))) {
      b.setAttribute('aria-pressed', String(b === button));
    }
    updateSnippet();
  });
}

/** Replaces the app with a fresh one (same attributes and configuration) holding a sample applicant. */
async function loadExample(name: ValidExampleName): Promise<void> {
  const fresh = document.createElement('hochieu-app');
  for (const attr of Array.from(app.attributes)) fresh.setAttribute(attr.name, attr.value);
  fresh.setAttribute('no-drafts', '');
  fresh.setAttribute('view', 'form');
  const script = app.querySelector('script[type="application/json"]');
  if (script) fresh.append(script.cloneNode(true));
  fresh.declaration = JSON.parse(JSON.stringify(validExamples[name])) as typeof fresh.declaration;
  app.replaceWith(fresh);
  app = fresh;
  await fresh.updateComplete;
  fresh.scrollIntoView({ block: 'start' });
}

const list = $('examples');
for (const name of Object.keys(EXAMPLE_LABELS) as ValidExampleName[]) {
  const li = document.createElement('li');
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = EXAMPLE_LABELS[name];
  button.addEventListener('click', () => void loadExample(name));
  li.append(button);
  list.append(li);
}

let previewUrl = '';
$('pdf-preview').addEventListener('click', async () => {
  const status = $('pdf-status');
  const form = app.form;
  if (!form) {
    status.textContent = 'Hãy mở thẻ “Khai tờ khai” hoặc chọn một người khai mẫu trước.';
    return;
  }
  status.textContent = 'Đang tạo tệp PDF…';
  try {
    const docgen = await import('@hochieu/docgen');
    const bytes = await docgen.buildDeclarationPdf(form.effective, { date: form.today, config: app.effectiveConfig });
    if (previewUrl) URL.revokeObjectURL(previewUrl);
    previewUrl = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }));
    const section = document.querySelector<HTMLElement>('.preview');
    $<HTMLIFrameElement>('pdf-frame').src = previewUrl;
    if (section) section.hidden = false;
    status.textContent = `Đã tạo tệp PDF (${Math.round(bytes.length / 1024)} kB).`;
  } catch (error) {
    const issues = (error as { issues?: unknown[] }).issues;
    status.textContent = Array.isArray(issues)
      ? `Tờ khai chưa đủ để in: còn ${issues.length} mục cần sửa (xem ở bước “Kiểm tra”).`
      : 'Không tạo được tệp PDF.';
    console.error(error);
  }
});

configArea.value = (configScript(app).textContent ?? '').trim().replace(/^\s+/gmu, (s) => s.slice(0, 2));
updateSnippet();
void showConfigStatus();
void renderApi($('api'));
