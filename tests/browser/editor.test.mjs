// The SQL editor (CodeMirror 6, bundled from npm) in real Chromium: highlighting, completion of
// the live schema, bracket matching, undo and the error underline, driven from the keyboard.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cell, editorText, openApp, readTable, typeSql, useSiteAndBrowser } from './harness.mjs';

const env = useSiteAndBrowser();

/** The labels of the completion list on screen. */
async function completions(page) {
  const list = page.locator('.cm-tooltip-autocomplete');
  await list.waitFor();
  return list.locator('li').evaluateAll((items) => items.map((li) => li.textContent));
}

describe('SQL editor', () => {
  test('keywords, strings and numbers are coloured differently from names', async () => {
    const page = await openApp(env.browser, env.site.url);
    await typeSql(page, 1, "SELECT title, 42 FROM book WHERE title = 'It';");
    const colours = await cell(page, 1).editor.evaluate((content) => {
      const colourOf = (text) => {
        const span = [...content.querySelectorAll('span')].find((s) => s.textContent === text);
        return span ? getComputedStyle(span).color : getComputedStyle(content).color;
      };
      return { keyword: colourOf('SELECT'), number: colourOf('42'), string: colourOf("'It'"), plain: getComputedStyle(content).color };
    });
    assert.equal(new Set(Object.values(colours)).size, 4, JSON.stringify(colours));
  });

  test('completion offers the tables and columns of the live database, including new ones', async () => {
    const page = await openApp(env.browser, env.site.url);
    await typeSql(page, 1, 'SELECT * FROM pub');
    assert.ok((await completions(page)).includes('publisher'), 'a table of the loaded database');
    await page.keyboard.press('Enter');
    assert.equal(await editorText(cell(page, 1).editor), 'SELECT * FROM publisher');

    // A table created in another cell is offered as soon as it exists, with its columns.
    await typeSql(page, 2, 'CREATE TABLE gadget (gadget_id INTEGER PRIMARY KEY, wattage REAL);');
    await cell(page, 2).run.click();
    await page.getByRole('complementary', { name: 'Schema' }).getByText('gadget', { exact: true }).waitFor();
    await typeSql(page, 1, 'SELECT gadget.wat');
    assert.deepEqual(await completions(page), ['wattage']);
    await page.keyboard.press('Enter');
    await cell(page, 1).editor.pressSequentially(' FROM gad');
    assert.ok((await completions(page)).includes('gadget'));
  });

  test('brackets close and match, and undo takes back the last edit', async () => {
    const page = await openApp(env.browser, env.site.url);
    await typeSql(page, 1, 'SELECT count(');
    assert.equal(await editorText(cell(page, 1).editor), 'SELECT count()', 'the bracket closed itself');
    await page.keyboard.type('*');
    assert.equal(await cell(page, 1).root.locator('.cm-matchingBracket').count(), 2, 'both brackets marked');
    await page.keyboard.type(') AS n FROM book;');
    assert.equal(await editorText(cell(page, 1).editor), 'SELECT count(*) AS n FROM book;');
    await cell(page, 1).editor.press('Control+Enter');
    await cell(page, 1).output.locator('table').waitFor();
    assert.deepEqual(await readTable(cell(page, 1).output.locator('table')), [['n'], ['10']]);

    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('DROP everything');
    await page.keyboard.press('ControlOrMeta+Z');
    assert.equal(await editorText(cell(page, 1).editor), 'SELECT count(*) AS n FROM book;');
  });

  test('an error is underlined in the editor until the text is edited', async () => {
    const page = await openApp(env.browser, env.site.url);
    await typeSql(page, 1, 'SELECT titel FROM book;');
    await cell(page, 1).editor.press('Control+Enter');
    await cell(page, 1).output.locator('.script-error').waitFor();
    const underline = cell(page, 1).root.locator('.cm-lintRange-error');
    assert.equal(await underline.textContent(), 'titel');
    await cell(page, 1).editor.press('End');
    await page.keyboard.type(' ');
    assert.equal(await underline.count(), 0, 'an edit clears the stale mark');
  });
});
