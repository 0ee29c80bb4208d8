import { expect, type Locator, type Page } from '@playwright/test';

/** Reading an import runs in the server's worker pool: on a loaded machine it may take a few seconds. */
const IMPORTED = { timeout: 20_000 };

export async function importPastedText(page: Page, slug: string, { title, text }: { title: string; text: string }) {
  await page.goto(`/w/${slug}/import`);
  await page.getByLabel('Title (optional)').fill(title);
  await page.getByLabel('Article text').fill(text);
  await page.getByRole('button', { name: 'Import text' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title, IMPORTED);
}

export async function uploadFile(page: Page, slug: string, file: { name: string; mimeType: string; buffer: Buffer }) {
  await page.goto(`/w/${slug}/import`);
  await page.getByLabel('File', { exact: true }).setInputFiles(file);
  await page.getByRole('button', { name: 'Import file' }).click();
  await expect(page).toHaveURL(/\/documents\/[a-z0-9]+$/, IMPORTED);
}

/** Selects `word` where it follows `before` in the editor, as a user dragging over it would. */
export async function selectInEditor(editor: Locator, before: string, word: string) {
  await editor.click();
  await editor.evaluate(
    (root, { before: prefix, word: target }) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const node = walker.currentNode;
        const at = node.textContent!.indexOf(prefix + target);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at + prefix.length);
        range.setEnd(node, at + prefix.length + target.length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        return;
      }
      throw new Error(`“${prefix}${target}” is not in the editor`);
    },
    { before, word },
  );
}
