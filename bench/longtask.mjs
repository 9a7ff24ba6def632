// The longest main-thread task while a bench action runs, shared by the benches.

/** Runs `action` with a 'longtask' observer in the page; returns its result and the longest task (0: none ≥ 50 ms). */
export async function longestTaskDuring(page, action) {
  await page.evaluate(() => {
    window.__longest = 0;
    window.__observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
    });
    window.__observer.observe({ type: 'longtask' });
  });
  const result = await action();
  const longest = await page.evaluate(async () => {
    // Let a task that just ended be reported, then take what is still queued.
    await new Promise((next) => setTimeout(next, 100));
    for (const e of window.__observer.takeRecords()) window.__longest = Math.max(window.__longest, e.duration);
    window.__observer.disconnect();
    return window.__longest;
  });
  return { result, longest };
}
