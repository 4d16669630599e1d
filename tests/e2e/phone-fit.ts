/** Layout checks of a page on a phone screen, as a visitor meets it: nothing wider, the heading in the first screen. */
import type { Page } from 'playwright-core';

/** Where the page's main heading starts, or a problem. The home page's h1 is visually hidden: its first visible heading stands for it. */
export async function headingProblem(page: Page, screenHeight: number): Promise<string | undefined> {
  const heading = await page.evaluate(() => {
    const shown = [...document.querySelectorAll('main h1, main h2')].find((element) => {
      const box = element.getBoundingClientRect();
      return box.width > 1 && box.height > 1;
    });
    if (!shown) return null;
    const box = shown.getBoundingClientRect();
    return { text: shown.textContent?.trim() ?? '', top: box.top + scrollY, line: parseFloat(getComputedStyle(shown).lineHeight) || 32 };
  });
  if (!heading) return 'no visible heading in main';
  // Its first line must show in the first screen.
  if (heading.top < 0 || heading.top + heading.line > screenHeight) {
    return `heading “${heading.text}” starts at ${Math.round(heading.top)} px, below the first screen (${screenHeight} px)`;
  }
  return undefined;
}

/** What sticks out of the screen sideways: the page's scroll width, and the first elements beyond either edge. */
export async function overflowProblems(page: Page): Promise<string[]> {
  const { screen, scrollWidth, wide } = await page.evaluate(() => {
    const screen = window.innerWidth;
    // What a scrolling or clipping box holds (a wide table in .table-wrap) cannot widen the page.
    const clipped = (element: Element): boolean => {
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        if (getComputedStyle(parent).overflowX !== 'visible') return true;
      }
      return false;
    };
    const wide = [...document.body.querySelectorAll('*')].filter((element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && (box.right > screen + 0.5 || box.left < -0.5) && !clipped(element);
    });
    const describe = (element: Element) => {
      const box = element.getBoundingClientRect();
      const classes = typeof element.className === 'string' && element.className ? `.${element.className.trim().split(/\s+/).join('.')}` : '';
      return `${element.tagName.toLowerCase()}${classes} [${Math.round(box.left)}, ${Math.round(box.right)}]`;
    };
    return { screen, scrollWidth: document.documentElement.scrollWidth, wide: wide.slice(0, 5).map(describe) };
  });
  return [
    ...(scrollWidth > screen ? [`page is ${scrollWidth} px wide on a ${screen} px screen`] : []),
    ...(wide.length > 0 ? [`wider than the screen: ${wide.join(', ')}`] : []),
  ];
}

/** Opens every disclosure (menus, library facets): open, they must fit too. */
export async function openAllDetails(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
  });
}
