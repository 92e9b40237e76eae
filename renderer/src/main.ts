import { createApp } from 'vue';
import { createPinia } from 'pinia';
import App from './App.vue';
import './styles/app.css';
import { installWindowDrop } from './import/window-drop';
import { installPasteToImport } from './paste-to-import';

createApp(App).use(createPinia()).mount('#app');
// App-wide side effects are installed here, not by importing a component.
installWindowDrop();
installPasteToImport();
