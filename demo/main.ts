// Demo page (`pnpm start`): the procedure guide <hochieu-guide> on the default
// province, Lạng Sơn, with a language switch that sets `lang` on the element
// (each guide keeps its own language). The app element comes later.
import '@hochieu/widget/define';

const guide = document.querySelector('hochieu-guide');
const title = document.getElementById('page-title');
const titles = { vi: 'Cấp hộ chiếu phổ thông ở trong nước', en: 'Issuing an ordinary passport in Viet Nam' } as const;

for (const button of Array.from(document.querySelectorAll<HTMLButtonElement>('.lang-switch button'))) {
  button.addEventListener('click', () => {
    const lang = button.dataset['lang'] === 'en' ? 'en' : 'vi';
    guide?.setAttribute('lang', lang);
    if (title) {
      title.textContent = titles[lang];
      title.lang = lang;
    }
    for (const b of Array.from(document.querySelectorAll<HTMLButtonElement>('.lang-switch button'))) {
      b.setAttribute('aria-pressed', String(b === button));
    }
  });
}

guide?.addEventListener('hochieu-guide-answers', (event) => {
  // A host (later <hochieu-app>) receives the answers here; the demo only logs them.
  console.info('hochieu-guide-answers', event.detail.answers);
});
