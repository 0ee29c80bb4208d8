// What the viewer benchmark runs inside the page. Plain strings, not functions: tsx's helpers
// (`__name`) would otherwise be serialised with them and be missing in the browser.

/** Before any page script: record every long task (> 50 ms) from navigation start on. */
export const RECORD_LONG_TASKS = `
  window.__bench = { tasks: [] };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__bench.tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
`;

/** The longest task that started at or after `since` (ms since navigation start), 0 when none. */
export const longestTaskSince = (since: number) => `
  Math.max(0, ...window.__bench.tasks.filter((task) => task.start >= ${since}).map((task) => task.duration))
`;

/**
 * When the server started answering the page, and when its HTML had all arrived (ms since
 * navigation start); how big it was as sent (compressed) and as read (bytes).
 */
export const NAVIGATION_TIMING = `(() => {
  const [navigation] = performance.getEntriesByType('navigation');
  return {
    responseStart: navigation.responseStart,
    responseEnd: navigation.responseEnd,
    encodedBodySize: navigation.encodedBodySize,
    decodedBodySize: navigation.decodedBodySize,
  };
})()`;

const TWO_FRAMES = 'new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))';

/**
 * Waits until every one of `expected` annotations has a highlight element in the editor, then
 * two frames (the paint), and returns the time since navigation start. A page that merges
 * overlapping highlights into one element never gets there: for it, the time the number of
 * highlight elements last changed, once it has not changed for 2 s. Also returns how many
 * annotations have an element of their own, and `firstScreen`: when the highlights in the blocks
 * on the first screen (the page is not scrolled while it loads) last changed in number before
 * all were painted — when a reader who does not scroll has seen all of them (polled every 20 ms,
 * so up to 20 ms early; no frame awaited).
 */
export const highlightsPainted = (expected: number) => `(async () => {
  const selector = '[data-testid="document-editor"] [data-annotation-id]';
  const distinct = (nodes) => new Set([...nodes].map((node) => node.getAttribute('data-annotation-id'))).size;
  const onFirstScreen = () => {
    const editor = document.querySelector('[data-testid="document-editor"]');
    if (!editor) return -1;
    const ids = new Set();
    for (const block of editor.children) {
      const box = block.getBoundingClientRect();
      if (box.top >= innerHeight) break;
      if (box.bottom > 0) for (const node of block.querySelectorAll('[data-annotation-id]')) ids.add(node.getAttribute('data-annotation-id'));
    }
    return ids.size;
  };
  let last = -1;
  let changedAt = 0;
  let screen = -1;
  let screenAt = 0;
  const deadline = performance.now() + 180000;
  for (;;) {
    const nodes = document.querySelectorAll(selector);
    const now = performance.now();
    const onScreen = onFirstScreen();
    if (onScreen !== screen) {
      screen = onScreen;
      screenAt = now;
    }
    if (nodes.length >= ${expected} && distinct(nodes) >= ${expected}) break;
    if (nodes.length !== last) {
      last = nodes.length;
      changedAt = now;
    } else if (last > 0 && now - changedAt > 2000) {
      return { painted: changedAt, withElement: distinct(nodes), firstScreen: screenAt };
    }
    if (now > deadline) throw new Error('Highlights never appeared: ' + nodes.length + ' elements');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await ${TWO_FRAMES};
  return { painted: performance.now(), withElement: distinct(document.querySelectorAll(selector)), firstScreen: screenAt };
})()`;

/** Scrolls from top to bottom one step per frame; frame times and the time it took. */
export const scrollThrough = `(async () => {
  window.scrollTo(0, 0);
  await ${TWO_FRAMES};
  const started = performance.now();
  const frames = [];
  let last = started;
  for (let y = 0; y < document.documentElement.scrollHeight - innerHeight; y += Math.round(innerHeight * 0.75)) {
    window.scrollTo(0, y);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const now = performance.now();
    frames.push(now - last);
    last = now;
  }
  frames.sort((a, b) => a - b);
  return { started, steps: frames.length, ms: performance.now() - started, p95: frames[Math.floor(frames.length * 0.95)] ?? 0, max: frames[frames.length - 1] ?? 0 };
})()`;

/**
 * Selects a few words in \`count\` paragraphs spread over the text, as a mouse would (range, then
 * mouseup), and times each until the annotation popover is painted; Escape closes it.
 */
export const selectAndWaitForPopover = (count: number) => `(async () => {
  const editor = document.querySelector('[data-testid="document-editor"]');
  const paragraphs = [...editor.querySelectorAll('p')];
  const popover = () => document.querySelector('[role="dialog"][aria-label="Annotate the selection"]');
  const waitFor = async (condition) => {
    const deadline = performance.now() + 30000;
    while (!condition()) {
      if (performance.now() > deadline) throw new Error('The annotation popover did not react.');
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };
  const started = performance.now();
  const times = [];
  for (let i = 0; i < ${count}; i++) {
    const paragraph = paragraphs[Math.floor(((i + 0.5) * paragraphs.length) / ${count})];
    paragraph.scrollIntoView({ block: 'center' });
    await ${TWO_FRAMES};
    const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
    let node = walker.nextNode();
    while (node && node.textContent.length < 12) node = walker.nextNode();
    const range = document.createRange();
    range.setStart(node, 1);
    range.setEnd(node, 11);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    const t0 = performance.now();
    node.parentElement.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    await waitFor(() => popover());
    await ${TWO_FRAMES};
    times.push(performance.now() - t0);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await waitFor(() => !popover());
    getSelection().removeAllRanges();
  }
  times.sort((a, b) => a - b);
  return { started, median: times[Math.floor(times.length / 2)], max: times[times.length - 1] };
})()`;

/**
 * Hovers highlights spread over the text (mouseover, as the pointer would) and times each until
 * the annotation details are painted. Null when the page shows no details on hover.
 */
export const hoverAndWaitForDetails = (count: number) => `(async () => {
  const highlights = [...document.querySelectorAll('[data-testid="document-editor"] [data-annotation-id]')];
  const details = () => document.querySelector('[role="tooltip"][data-annotation-details]');
  const started = performance.now();
  const times = [];
  for (let i = 0; i < ${count}; i++) {
    const highlight = highlights[Math.floor(((i + 0.5) * highlights.length) / ${count})];
    highlight.scrollIntoView({ block: 'center' });
    await ${TWO_FRAMES};
    const t0 = performance.now();
    highlight.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    const deadline = t0 + 5000;
    while (!details()) {
      if (performance.now() > deadline) return null;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await ${TWO_FRAMES};
    times.push(performance.now() - t0);
    highlight.dispatchEvent(new MouseEvent('mouseout', { bubbles: true }));
    const gone = performance.now() + 5000;
    while (details() && performance.now() < gone) await new Promise((resolve) => setTimeout(resolve, 20));
  }
  times.sort((a, b) => a - b);
  return { started, median: times[Math.floor(times.length / 2)], max: times[times.length - 1] };
})()`;
