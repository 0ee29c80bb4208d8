import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { htmlToBlocks } from './html-to-blocks';

const blocksOf = (html: string, baseUrl?: string) => htmlToBlocks(new JSDOM(`<body>${html}</body>`).window.document.body, baseUrl);
const bullet = (depth: number) => ({ ordered: false, depth, number: null });

describe('htmlToBlocks: block kinds', () => {
  it('keeps headings and paragraphs, whitespace collapsed as displayed', () => {
    expect(blocksOf('<h2>  Background </h2><p>Poland   signed<br>a deal.</p>')).toEqual([
      { type: 'heading', text: 'Background' },
      { type: 'paragraph', text: 'Poland signed a deal.' },
    ]);
  });

  it('makes list items with their list place: bullets by depth, numbers from start and value', () => {
    const html =
      '<ul><li>Exports rose<ul><li>Mostly to Poland</li></ul></li><li><p>Imports fell</p></li></ul>' +
      '<ol start="3"><li>Third</li><li value="7">Seventh</li><li>Eighth</li></ol>';
    expect(blocksOf(html)).toEqual([
      { type: 'listItem', text: 'Exports rose', list: bullet(0) },
      { type: 'listItem', text: 'Mostly to Poland', list: bullet(1) },
      { type: 'listItem', text: 'Imports fell', list: bullet(0) },
      { type: 'listItem', text: 'Third', list: { ordered: true, depth: 0, number: 3 } },
      { type: 'listItem', text: 'Seventh', list: { ordered: true, depth: 0, number: 7 } },
      { type: 'listItem', text: 'Eighth', list: { ordered: true, depth: 0, number: 8 } },
    ]);
  });

  it('makes each paragraph of a block quote a quote block', () => {
    expect(blocksOf('<blockquote><p>We will not</p><p>back down.</p></blockquote><blockquote>Alone.</blockquote>')).toEqual([
      { type: 'blockquote', text: 'We will not' },
      { type: 'blockquote', text: 'back down.' },
      { type: 'blockquote', text: 'Alone.' },
    ]);
  });

  it('makes figure and table captions caption blocks', () => {
    const html =
      '<figure><img src="x.png"><figcaption>Tanks in <em>Gdynia</em>, 2023</figcaption></figure><table><caption>Deliveries</caption></table>';
    expect(blocksOf(html)).toEqual([
      { type: 'caption', text: 'Tanks in Gdynia, 2023' },
      { type: 'caption', text: 'Deliveries' },
    ]);
  });

  it('makes each table row one block, its cells joined by " | " (empty cells too, whitespace kept single)', () => {
    const html =
      '<table><thead><tr><th>Year</th><th>Tanks</th></tr></thead>' +
      '<tbody><tr><td><p>2022</p></td><td> 180 </td></tr><tr><td>2023</td><td></td><td>est.</td></tr></tbody></table>';
    expect(blocksOf(html)).toEqual([
      { type: 'tableRow', text: 'Year | Tanks' },
      { type: 'tableRow', text: '2022 | 180' },
      { type: 'tableRow', text: '2023 | | est.' },
    ]);
  });

  it('keeps text that sits beside a nested block, in order', () => {
    expect(blocksOf('<div>Lead text<p>Inner paragraph.</p>tail words</div>')).toEqual([
      { type: 'paragraph', text: 'Lead text' },
      { type: 'paragraph', text: 'Inner paragraph.' },
      { type: 'paragraph', text: 'tail words' },
    ]);
  });
});

describe('htmlToBlocks: links', () => {
  it('places each http(s) link on its words, resolved against the page address', () => {
    const [block] = blocksOf(
      '<p>Officials <a href="/report#p2"> confirmed </a>it, says <a href="https://example.org/nato">NATO</a>.</p>',
      'https://news.example/a',
    );
    expect(block!.text).toBe('Officials confirmed it, says NATO.');
    expect(block!.links).toEqual([
      { start: 10, end: 19, url: 'https://news.example/report' },
      { start: 29, end: 33, url: 'https://example.org/nato' },
    ]);
    for (const link of block!.links!) expect(block!.text.slice(link.start, link.end)).toMatch(/^(confirmed|NATO)$/);
  });

  it('places links in list items and table cells, and skips other schemes and links to the page itself', () => {
    const blocks = blocksOf(
      '<ul><li>See <a href="https://example.org/a">the audit</a></li></ul>' +
        '<table><tr><td>2022</td><td><a href="http://example.org/t">180</a></td></tr></table>' +
        '<p><a href="mailto:x@example.org">mail</a> <a href="javascript:alert(1)">js</a> <a href="#top">top</a> <a href="https://news.example/a">self</a></p>',
      'https://news.example/a',
    );
    expect(blocks[0]).toMatchObject({
      type: 'listItem',
      text: 'See the audit',
      links: [{ start: 4, end: 13, url: 'https://example.org/a' }],
    });
    expect(blocks[1]).toMatchObject({ type: 'tableRow', text: '2022 | 180', links: [{ start: 7, end: 10, url: 'http://example.org/t' }] });
    expect(blocks[2]).toEqual({ type: 'paragraph', text: 'mail js top self' });
  });
});
