/**
 * Issue 10: what the article reader keeps of a page — no captions, credits, bylines, navigation,
 * footnote markers, edit links or reference lists — and where it finds the publication date.
 * Pages written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../../../backend/article/html';

const page = (head: string, body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const story = '<p>Ferry crews in Port Aldwick voted on Thursday to end a strike that had halted crossings to the islands for nine days, the union said.</p>' +
  '<p>The walkout began on Feb. 26 after talks over new shift rosters broke down between the operator and the crews.</p>';

describe('page furniture', () => {
  it('leaves captions with their credits, bylines, navigation and related links out of the article text', () => {
    const html = page('<title>Ferry strike</title>', '<nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Ferry crews end strike</h1>' +
      '<p class="byline">By Maya Lindqvist · Published March 7, 2025</p>' +
      '<figure><img src="a.jpg" alt=""><figcaption>Passengers wait on Thursday.Anthony Wallace / AFP - Getty Images</figcaption></figure>' +
      story + '<div class="share-tools">Share this story</div></article><aside class="related">Related: Island schools close</aside><footer>© 2025 Courier</footer>');
    const { text } = extractHtml(html, null);
    expect(text).toContain('Ferry crews in Port Aldwick voted on Thursday');
    for (const junk of ['AFP', 'Getty', 'By Maya', 'Home', 'Share this', 'Related', '©']) expect(text).not.toContain(junk);
  });

  it('leaves edit links, footnote markers and reference lists of an encyclopaedia page out', () => {
    const html = page('<title>Carrow Viaduct</title>', '<div id="content"><h1>Carrow Viaduct</h1>' +
      '<h2>History<span class="mw-editsection">[edit]</span></h2>' +
      '<p>Parliament authorised the line in 1884.<sup class="reference">[2]</sup> Construction of the viaduct began in May 1885 and employed some 600 navvies.<sup>[3]</sup></p>' +
      '<p>The viaduct opened to traffic on 12 March 1889 after the Board of Trade had inspected it in February of that year.</p>' +
      '<h2>References<span class="mw-editsection">[edit]</span></h2><ol class="references"><li>^ "Railway Act 1884". Retrieved 2 May 2020.</li></ol></div>');
    const { text } = extractHtml(html, null);
    expect(text).toContain('Parliament authorised the line in 1884. Construction');
    for (const junk of ['[edit]', '[2]', '[3]', 'Retrieved']) expect(text).not.toContain(junk);
  });
});

describe('publication date', () => {
  const body = `<article><h1>Ferry crews end strike</h1>${story}</article>`;
  it('is read from JSON-LD in a @graph, in an array and with a list of types', () => {
    const graph = '<script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"Courier"},{"@type":"NewsArticle","datePublished":"2025-03-07T16:20:00Z"}]}</script>';
    expect(extractHtml(page(graph, body), null).meta.published).toEqual({ raw: '2025-03-07T16:20:00Z', from: 'json-ld' });
    const list = '<script type="application/ld+json">[{"@type":["LiveBlogPosting","Article"],"datePublished":"2024-06-03T06:00:00+02:00"}]</script>';
    expect(extractHtml(page(list, body), null).meta.published).toEqual({ raw: '2024-06-03T06:00:00+02:00', from: 'json-ld' });
  });

  it('is read from a byline when the page declares it nowhere else', () => {
    const byline = body.replace('<h1>', '<div class="autor">Von Jana Petersen · 14.03.2025, 18:42 Uhr</div><h1>');
    expect(extractHtml(page('', byline), null).meta.published).toEqual({ raw: '2025-03-14', from: 'byline' });
    const en = body.replace('<h1>', '<p class="byline">By Maya Lindqvist · Published March 7, 2025</p><h1>');
    expect(extractHtml(page('', en), null).meta.published).toEqual({ raw: '2025-03-07', from: 'byline' });
  });
});
