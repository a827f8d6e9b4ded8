// Test helpers for the news list: a stubbed fetch that serves feeds by path
// (the region tree still comes from the real data/ file), and feed builders.
const realFetch = window.fetch;

export type Route = () => Response | Promise<Response>;

export interface FetchStub {
  routes: Map<string, Route>;
  /** Paths requested, in order (region data excluded). */
  requests: string[];
  restore(): void;
}

export function stubFetch(): FetchStub {
  const stub: FetchStub = {
    routes: new Map(),
    requests: [],
    restore: () => {
      window.fetch = realFetch;
    },
  };
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input instanceof Request ? input.url : input), document.baseURI);
    if (url.pathname.endsWith('/data/ua-hromadas.json')) return realFetch(input, init);
    stub.requests.push(url.pathname);
    const route = stub.routes.get(url.pathname);
    return route ? route() : new Response('Not found', { status: 404, statusText: 'Not Found' });
  };
  return stub;
}

export const ZNOB = 'UA59100090000041284';
export const SHOSTKA = 'UA59100170000093676';
export const SUMY_CITY = 'UA59080270000073662';
export const SHOSTKA_RAION = 'UA59100000000036457';
export const SUMY_OBLAST = 'UA59000000000057109';
export const KYIV_OBLAST = 'UA32000000000030281';
export const BILA_TSERKVA = 'UA32020010000093088';

export interface ItemInput {
  id?: string;
  title?: string;
  date?: string;
  region?: string;
  [field: string]: unknown;
}

/** A JSON Feed item; `region` goes into `_hromada.region`. */
export function item(n: number, input: ItemInput = {}): Record<string, unknown> {
  const { region, date, ...rest } = input;
  const day = String(28 - (n % 28)).padStart(2, '0');
  return {
    id: `news-${n}`,
    url: `https://example.gov.ua/news/${n}`,
    title: `Новина ${n}`,
    summary: `Короткий зміст новини ${n}.`,
    date_published: date ?? `2024-04-${day}T10:00:00+03:00`,
    ...(region ? { _hromada: { region } } : {}),
    ...rest,
  };
}

/** A JSON Feed (a hromada feed when `extension` is given). */
export function feed(items: unknown[], extra: Record<string, unknown> = {}): Response {
  return new Response(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Тест', items, ...extra }), {
    status: 200,
    headers: { 'content-type': 'application/feed+json' },
  });
}

/** Polls until `check` holds (a few ms at a time), failing after about a second. */
export async function until(check: () => boolean, what = 'condition'): Promise<void> {
  for (let i = 0; i < 200; i += 1) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`timed out waiting for ${what}`);
}
