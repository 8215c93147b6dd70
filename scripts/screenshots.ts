/**
 * `npm run screenshots`: screenshots of the home, a summit, a session and a speaker page, at
 * 360 and 1280 px, in light and dark mode, into docs/screenshots/ (for docs/look-and-feel.md).
 *
 * Serves a built site (dist/ by default: run `npm run build` first) under its base, the way
 * GitHub Pages does, and drives Debian's Chromium through playwright-core (the project's
 * browser setup: tests/support/browser.ts; CHROMIUM_PATH overrides /usr/bin/chromium).
 * Each screenshot is the first screen a reader sees (360 × 780 or 1280 × 900 px), plus the
 * session page at 360 px scrolled to its recording card and citations, opened.
 *
 *   npm run screenshots                      # dist/, base /summit-archive/
 *   npm run screenshots -- --dir=other/out   # another build (SITE_BASE sets its base)
 *   npm run screenshots -- --fixture         # builds and shoots tests/fixtures/readers-first:
 *                                            # the seed archive with a recording and slides
 *                                            # on the MirrorMaker 2 session (docs/look-and-feel.md)
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium } from '../tests/support/browser.ts';
import { readersFirstSite } from '../tests/support/readers-first.ts';
import { serveSite } from '../tests/support/server.ts';
import { normaliseBase } from '../src/routes/urls.ts';

const fixture = process.argv.includes('--fixture');
const dir = fixture ? readersFirstSite({ fresh: true }) : resolve(process.argv.find((argument) => argument.startsWith('--dir='))?.slice('--dir='.length) ?? 'dist');
const base = normaliseBase(process.env.SITE_BASE ?? '/summit-archive/');
const out = resolve('docs/screenshots');

/** Pages of the live archive; the session has a speaker page, related sessions and citations. */
const PAGES = {
  home: '',
  summit: 'summits/kafka-summit-2020/',
  session: 'sessions/kafka-summit-2020/getting-up-to-speed-with-mirrormaker-2/',
  speaker: 'speakers/kate-stanley/',
} as const;

const SIZES = [
  { width: 360, height: 780 },
  { width: 1280, height: 900 },
] as const;

if (!existsSync(join(dir, 'index.html'))) {
  console.error(`No built site in ${dir}: run \`npm run build\` first (or pass --dir=<folder>).`);
  process.exit(1);
}
mkdirSync(out, { recursive: true });

const site = await serveSite(dir, base);
const browser = await launchChromium();
const written: string[] = [];
try {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const size of SIZES) {
      const context = await browser.newContext({ viewport: size, colorScheme, deviceScaleFactor: 1 });
      const page = await context.newPage();
      for (const [name, path] of Object.entries(PAGES)) {
        const response = await page.goto(`${site.origin}${base}${path}`);
        if (!response?.ok()) throw new Error(`${base}${path} answered ${response?.status()}: is ${dir} a build of the live content?`);
        const file = join(out, `${name}-${size.width}-${colorScheme}.png`);
        await page.screenshot({ path: file });
        written.push(file);
        if (name === 'session' && size.width === 360) {
          // Further down the session page: the link cards, the related sessions and the citations.
          await page.evaluate(() => {
            for (const details of document.querySelectorAll('details')) details.open = true;
            document.querySelector('dl.facts')?.scrollIntoView();
          });
          const more = join(out, `${name}-${size.width}-${colorScheme}-more.png`);
          await page.screenshot({ path: more });
          written.push(more);
        }
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await site.close();
}
console.log(`${written.length} screenshots in ${out}`);
