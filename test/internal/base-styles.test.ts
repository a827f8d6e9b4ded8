// The shared theme defaults as a reader meets them: readable in a dark scheme on
// a page that stays white, dark where the page itself is dark, and lines that a
// text field needs to be seen by (3:1 on the panel surface).
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/components/hotline/define.js';
import type { HromadaHotline } from '../../src/components/hotline/hotline.js';

/** WCAG relative luminance of a computed `rgb(…)` colour. */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/[\d.]+/g) ?? []).slice(0, 3).map((c) => {
    const v = Number(c) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
};

async function hotline(): Promise<HTMLElement> {
  const el = await fixture<HromadaHotline>(html`<hromada-hotline label="Гаряча лінія" phone="0683777777" hours="09:00-18:00"></hromada-hotline>`);
  await el.updateComplete;
  return el.shadowRoot!.querySelector<HTMLElement>('.banner, [part~="banner"]') ?? (el.shadowRoot!.firstElementChild as HTMLElement);
}

describe('theme defaults', () => {
  afterEach(async () => {
    document.documentElement.style.colorScheme = '';
    await emulateMedia({ colorScheme: 'light' });
  });

  it('keep dark text when the reader prefers dark but the page stays white', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const banner = await hotline();
    // The page's canvas is white (no color-scheme): the text must stand on it.
    expect(contrast(getComputedStyle(banner).color, 'rgb(255, 255, 255)')).to.be.above(4.5);
    await expect(banner.getRootNode() instanceof ShadowRoot ? (banner.getRootNode() as ShadowRoot).host : banner).to.be.accessible();
  });

  it('turn dark where the page declares a dark colour scheme', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    document.documentElement.style.colorScheme = 'light dark';
    const banner = await hotline();
    const text = getComputedStyle(banner).color;
    expect(contrast(text, 'rgb(18, 18, 18)')).to.be.above(4.5);
    expect(luminance(text)).to.be.above(0.5);
  });

  it('ring focus in two colours, one of them 3:1 or more on any background, in a dark scheme too (a light poster behind a play button)', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    document.documentElement.style.colorScheme = 'light dark';
    const banner = await hotline();
    const phone = banner.querySelector<HTMLElement>('[part~="phone"]')!;
    phone.focus();
    await sendKeys({ press: 'Shift' });
    const style = getComputedStyle(phone);
    expect(phone.matches(':focus-visible')).to.equal(true);
    const ring = style.outlineColor;
    const inner = style.boxShadow.match(/rgba?\([^)]*\)/)![0];
    for (const background of ['rgb(255, 255, 255)', 'rgb(255, 215, 0)', 'rgb(18, 18, 18)', 'rgb(0, 87, 184)']) {
      expect(Math.max(contrast(ring, background), contrast(inner, background)), `on ${background}`).to.be.at.least(3);
    }
  });

  it('draw lines at 3:1 or more against the panel surface', async () => {
    const banner = await hotline();
    const style = getComputedStyle(banner);
    const probe = document.createElement('i');
    banner.append(probe);
    probe.style.color = 'var(--_border)';
    expect(contrast(getComputedStyle(probe).color, style.backgroundColor)).to.be.at.least(3);
    probe.remove();
  });
});
