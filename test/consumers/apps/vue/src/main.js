import '@hochieu/widget/define';
import { createApp } from 'vue';
import App from './App.vue';

window.hochieuExports = [];
createApp(App).mount('#app');
