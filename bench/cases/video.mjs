// SPEC §6 video cards: 20 on a page ≤ 2.0× a vanilla-DOM floor and below both
// lite-youtube variants; 0 requests to any video host before play. Every
// non-local request is aborted by a route, so nothing leaves the machine.
import { notBuilt, ratioRow } from '../lib/rows.mjs';

const VIDEO_HOST =
  /(^|\.)(youtube\.com|youtube-nocookie\.com|youtu\.be|ytimg\.com|googlevideo\.com|ggpht\.com|googleapis\.com|gstatic\.com|google\.com|doubleclick\.net|vimeo\.com|vimeocdn\.com)$/;
const VARIANTS = ['ours', 'vanilla', 'lite-youtube-jr', 'lite-youtube-embed'];
const LABEL = {
  'lite-youtube-jr': '@justinribeiro/lite-youtube',
  'lite-youtube-embed': 'lite-youtube-embed',
};

/** Keeps everything on 127.0.0.1; returns the list of video-host URLs the page asked for. */
async function blockRemote(context) {
  const seen = [];
  await context.route(/^(?!https?:\/\/127\.0\.0\.1[:/])[a-z]+:\/\//, (route) => {
    const { hostname } = new URL(route.request().url());
    if (VIDEO_HOST.test(hostname)) seen.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  return seen;
}

export default {
  title: 'video cards',
  timeoutS: 300,
  async run(ctx) {
    const caseName = 'video: 20 cards rendered';
    const page = await ctx.newPage(`${ctx.origin}/bench/pages/video.html`, { route: blockRemote });
    let timing;
    try {
      await page.evaluate(() => window.bench.ready);
      if (!(await page.evaluate(() => window.bench.isBuilt('hromada-video')))) {
        const peers = await ctx.alternate(page, ['vanilla', 'lite-youtube-jr', 'lite-youtube-embed']);
        return [
          ratioRow(`video: ${LABEL['lite-youtube-jr']} vs the floor (reference)`, peers['lite-youtube-jr'], peers.vanilla),
          ratioRow(`video: ${LABEL['lite-youtube-embed']} vs the floor (reference)`, peers['lite-youtube-embed'], peers.vanilla),
          notBuilt(`${caseName} vs vanilla floor`, 'hromada-video', '≤ 2.0×'),
          notBuilt(`${caseName} vs ${LABEL['lite-youtube-jr']}`, 'hromada-video', '< 1×'),
          notBuilt(`${caseName} vs ${LABEL['lite-youtube-embed']}`, 'hromada-video', '< 1×'),
          ...(await requestRows(ctx, ['lite-youtube-jr', 'lite-youtube-embed'], false)),
        ];
      }
      timing = await ctx.alternate(page, VARIANTS);
    } finally {
      await page.context().close();
    }
    // The SPEC's reference figures (2.15×, 3.0×) are the peers as they ship: each asks
    // YouTube for its thumbnail (aborted here), which ours never does before play.
    const shippedPage = await ctx.newPage(`${ctx.origin}/bench/pages/video.html?peer-defaults`, { route: blockRemote });
    let shipped;
    try {
      await shippedPage.evaluate(() => window.bench.ready);
      shipped = await ctx.alternate(shippedPage, VARIANTS);
    } finally {
      await shippedPage.context().close();
    }
    const dom = `DOM elements: ours ${timing.ours.last.elements}, floor ${timing.vanilla.last.elements}`;
    return [
      ratioRow(`${caseName} vs vanilla floor`, timing.ours, timing.vanilla, { maxRatio: 2, note: dom }),
      // Not a budget: the SPEC compares the peers as they ship (rows below). Given our poster,
      // a peer draws a poster and a button only; ours also a heading, the duration, the
      // description and the watch link, whose DOM alone, stamped without Lit, costs about
      // what lite-youtube-embed's whole card does.
      ...['lite-youtube-jr', 'lite-youtube-embed'].map((peer) =>
        ratioRow(`${caseName} vs ${LABEL[peer]}, given our poster`, timing.ours, timing[peer], {
          note: `reference, not a budget: the peer given our local poster, so it fetches nothing; that peer vs the floor: ${(timing[peer].stats.median / timing.vanilla.stats.median).toFixed(2)}×`,
        }),
      ),
      ...['lite-youtube-jr', 'lite-youtube-embed'].map((peer) =>
        ratioRow(`${caseName} vs ${LABEL[peer]} as shipped`, shipped.ours, shipped[peer], {
          mustBeBelow: true,
          note: `the peer on its default YouTube thumbnail, as the SPEC measured it; that peer vs the floor: ${(shipped[peer].stats.median / shipped.vanilla.stats.median).toFixed(2)}×`,
        }),
      ),
      ...(await requestRows(ctx, ['ours', 'lite-youtube-jr', 'lite-youtube-embed'], true)),
    ];
  },
};

/**
 * One fresh page per variant, the peers as they come (YouTube's thumbnails): 20 cards,
 * 1.5 s, count video-host requests; then ours plays one.
 */
async function requestRows(ctx, variants, oursBuilt) {
  const counts = {};
  let afterPlay;
  for (const variant of variants) {
    let seen;
    const page = await ctx.newPage(`${ctx.origin}/bench/pages/video.html?only=${variant}&peer-defaults`, {
      route: async (context) => {
        seen = await blockRemote(context);
      },
    });
    try {
      await page.evaluate(() => window.bench.ready);
      await page.evaluate((name) => window.bench.run(name, 0), variant);
      await page.waitForTimeout(1500);
      counts[variant] = seen.length;
      if (variant === 'ours') {
        const before = seen.length;
        await page.locator('hromada-video').first().locator('button').first().click({ timeout: 5000 });
        await page.waitForTimeout(1000);
        afterPlay = seen.slice(before).map((url) => new URL(url).hostname);
      }
    } finally {
      await page.context().close();
    }
  }
  const peers = `${LABEL['lite-youtube-jr']} ${counts['lite-youtube-jr']}, ${LABEL['lite-youtube-embed']} ${counts['lite-youtube-embed']}`;
  if (!oursBuilt) {
    return [{ case: 'video: requests to video hosts before play', ours: 'not built yet', baseline: peers, budget: '0', verdict: 'not built yet' }];
  }
  const played = afterPlay.length
    ? `after pressing play: ${afterPlay.length} request(s) to ${[...new Set(afterPlay)].join(', ')} (blocked)`
    : 'after pressing play on the first card: no request to a video host (check the facade)';
  return [
    {
      case: 'video: requests to video hosts before play',
      ours: String(counts.ours),
      baseline: peers,
      budget: '0',
      verdict: counts.ours === 0 ? 'pass' : 'FAIL',
      note: played,
    },
  ];
}
