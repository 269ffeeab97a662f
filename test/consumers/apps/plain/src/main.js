// The documented npm entry and nothing else: its first-load and export sizes
// must be those of the embed bundle (the test compares them with bench/budgets.json).
import '@hochieu/widget/define';

window.hochieuExports = [];
document.querySelector('hochieu-app').addEventListener('hochieu-export', (event) => window.hochieuExports.push(event.detail));
