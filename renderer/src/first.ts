// Asks the first screen's question (first-question.ts). Two ways in: built apart as first.js, a
// classic script in the page's head, it asks while the app's bundle is still loading and being
// parsed; imported first by main.ts, it asks where that script is missing (the dev server) and does
// nothing otherwise.
import { askFirst } from './first-question';

askFirst();
