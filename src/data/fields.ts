// Small shared readers for JSON from the wire (the region and settlement data use them too).

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type JsonObject = Record<string, any>;

export const isObject = (value: unknown): value is JsonObject => !!value && typeof value === 'object' && !Array.isArray(value);

export { MAX_TEXT_LENGTH } from './limits.js';
