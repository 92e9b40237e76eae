// The page's entry: small, so that it runs at once. First the first screen's question leaves, then the
// app (vue, vis-timeline and the components: most of the page's script, a quarter second and more to
// parse and set up on a slow machine) is loaded; index.html already fetches it beside this one.
import './ask-first';

void import('./start');
