// Accessibility and looks: axe-core (from npm, run inside the page) finds no serious or
// critical violations on the main pages, light and dark, desktop and phone; the run saves
// screenshots of a lesson, the scratch notebook, dark mode and phone width.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { cell, openApp, typeSql, useSiteAndBrowser } from './harness.mjs';

const SHOTS = new URL('./screenshots/', import.meta.url).pathname;
const AXE = await readFile(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
const PHONE = { width: 375, height: 812 };

const env = useSiteAndBrowser();

/** Serious and critical axe violations on the page as it stands, one line each. */
async function seriousViolations(page) {
  // Evaluated through the DevTools protocol, so no script tag (and no CSP exception) is needed.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 8).map((n) => n.target.join(' ')),
    }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.targets.join(', ')})`);
}

/** A scratch notebook with what people make in it: a result, a chart, a text cell, an error. */
async function busyScratch(page) {
  await typeSql(page, 1, 'SELECT p.name AS publisher, count(*) AS books FROM publisher p JOIN book_publisher bp USING (publisher_id) GROUP BY p.name;');
  await cell(page, 1).editor.press('Control+Enter');
  await cell(page, 1).output.locator('table').waitFor();
  await cell(page, 2).editor.press('Control+Enter');
  await cell(page, 2).output.locator('table').waitFor();
  await typeSql(page, 3, 'SELECT titel FROM book;');
  await cell(page, 3).editor.press('Control+Enter');
  await cell(page, 3).output.locator('.script-error').waitFor();
  await page.getByRole('button', { name: '+ Text cell' }).click();
  await page.locator('li.text-cell textarea').fill('## Notes\n\nPublishers with the most *books* first.');
  await page.locator('li.text-cell textarea').press('Control+Enter');
}

async function setDark(page) {
  await page.getByRole('button', { name: /dark/i }).click();
  await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
}

async function openLesson(page) {
  await page.goto(page.url().replace(/#.*$/, '#/'));
  await page.locator('.lesson-entry a').first().click();
  await page.locator('.exercise').first().waitFor();
  await page.locator('.engine[data-state="ready"]').waitFor();
}

describe('accessibility (axe-core) and screenshots', () => {
  test('the scratch notebook, light: no serious or critical violations', async () => {
    const page = await openApp(env.browser, env.site.url);
    await busyScratch(page);
    assert.deepEqual(await seriousViolations(page), []);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${SHOTS}scratch.png`, fullPage: true });
  });

  test('the scratch notebook, dark: no serious or critical violations', async () => {
    const page = await openApp(env.browser, env.site.url);
    await setDark(page);
    await busyScratch(page);
    assert.deepEqual(await seriousViolations(page), []);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${SHOTS}dark.png`, fullPage: true });
  });

  test('the contents and a lesson with its exercises: no serious or critical violations', async () => {
    const page = await openApp(env.browser, env.site.url, { route: '#/' });
    await page.locator('.lesson-entry').first().waitFor();
    assert.deepEqual(await seriousViolations(page), []);
    await openLesson(page);
    await page.locator('.exercise').first().getByRole('button', { name: 'Hint' }).click();
    assert.deepEqual(await seriousViolations(page), []);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${SHOTS}lesson.png` });
    await setDark(page);
    assert.deepEqual(await seriousViolations(page), []);
  });

  test('at 375 px the page fits the phone, and has no serious or critical violations', async () => {
    const page = await openApp(env.browser, env.site.url, { viewport: PHONE });
    await busyScratch(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page is ${overflow} px wider than the phone`);
    assert.deepEqual(await seriousViolations(page), []);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${SHOTS}phone.png`, fullPage: false });
    await openLesson(page);
    const lessonOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(lessonOverflow <= 0, `the lesson is ${lessonOverflow} px wider than the phone`);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${SHOTS}phone-lesson.png`, fullPage: false });
  });

  test('keyboard focus is visible on buttons and in the editor', async () => {
    const page = await openApp(env.browser, env.site.url);
    const ring = async () =>
      page.evaluate(() => {
        const el = document.activeElement;
        const box = el.closest('.editor') ?? el;
        const s = getComputedStyle(el);
        const b = getComputedStyle(box);
        return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none' || b.boxShadow !== 'none';
      });
    await page.keyboard.press('Tab');
    assert.equal(await ring(), true, 'the first focusable control shows focus');
    await cell(page, 1).editor.focus();
    assert.equal(await ring(), true, 'the editor shows focus');
    await cell(page, 1).run.focus();
    assert.equal(await ring(), true, 'a Run button shows focus');
  });
});
