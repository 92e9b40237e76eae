// The page's first script (a classic script in the head, built apart as first.js): asks the first
// screen's question while the app's bundle is still loading and being parsed (first-question.ts).
import { askFirst } from './first-question';

askFirst();
