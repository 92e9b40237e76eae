// Imported first by main.ts, so this runs before any library or component module is set up.
import { askFirst } from './first-question';

askFirst();
