// The one place feed markup is parsed: by DOMParser into a document with no
// browsing context, where scripts never run and nothing loads. Under Trusted
// Types, DOMParser is a sink; the "hromada-widgets" policy lets text through to
// this inert parse only — what is parsed is then rebuilt from an allowlist, never
// inserted. Host pages allow it with `trusted-types lit-html hromada-widgets`.

export const TRUSTED_TYPES_POLICY = 'hromada-widgets';

interface HtmlPolicy {
  createHTML(input: string): string;
}

let policy: HtmlPolicy | undefined;

function inertInput(markup: string): string {
  const factory = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: HtmlPolicy): HtmlPolicy } }).trustedTypes;
  if (!factory) return markup;
  // Created on first use, so a second copy of the script on the page never asks for it again.
  policy ??= factory.createPolicy(TRUSTED_TYPES_POLICY, { createHTML: (input) => input });
  return policy.createHTML(markup);
}

/** Parses HTML inertly. */
export function parseInertHtml(markup: string): Document {
  return new DOMParser().parseFromString(inertInput(markup), 'text/html');
}

/** Parses XML (RSS, Atom) inertly; a malformed document contains a <parsererror>. */
export function parseXml(markup: string): Document {
  return new DOMParser().parseFromString(inertInput(markup), 'application/xml');
}
