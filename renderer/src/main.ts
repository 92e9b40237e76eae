// First: the first screen's question leaves before the libraries and the app are set up.
import './first';
import { createApp } from 'vue';
import { createPinia } from 'pinia';
import App from './App.vue';
import { useTimelineStore } from './stores/timeline';
import './styles/app.css';
import { installWindowDrop } from './import/window-drop';
import { installPasteToImport } from './paste-to-import';

const pinia = createPinia();
const app = createApp(App).use(pinia);
// The project is asked for (settings, timelines, the last one's lanes) while the page is being built.
void useTimelineStore(pinia).init();
app.mount('#app');
// App-wide side effects are installed here, not by importing a component.
installWindowDrop();
installPasteToImport();
