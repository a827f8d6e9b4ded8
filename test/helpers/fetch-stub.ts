// Replaces window.fetch for a test: answers by URL ending, and records requests.
export interface FetchStub {
  requests: string[];
  restore(): void;
}

export type Responder = (url: string, init?: RequestInit) => Response | Promise<Response>;

export function stubFetch(routes: Record<string, Responder | string | object>): FetchStub {
  const realFetch = window.fetch;
  const requests: string[] = [];
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    requests.push(url);
    const key = Object.keys(routes).find((ending) => url.split('?')[0].endsWith(ending));
    if (!key) return new Response('Not found', { status: 404 });
    const route = routes[key];
    if (typeof route === 'function') return (route as Responder)(url, init);
    return new Response(typeof route === 'string' ? route : JSON.stringify(route), { status: 200 });
  };
  return {
    requests,
    restore: () => {
      window.fetch = realFetch;
    },
  };
}
