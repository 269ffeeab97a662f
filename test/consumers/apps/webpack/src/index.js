// A webpack 5 app: the bundle entry, then the element created from script.
import '@hochieu/widget/define';

window.hochieuExports = [];
const app = document.createElement('hochieu-app');
app.setAttribute('date', '2026-11-23');
app.setAttribute('no-drafts', '');
app.config = { daysOff: ['2026-12-31'] };
app.addEventListener('hochieu-export', (event) => window.hochieuExports.push(event.detail));
document.querySelector('main').append(app);
