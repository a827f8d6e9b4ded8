// Ukrainian phone numbers in any common notation → E.164 for the tel: link, and
// the national or international grouping a reader expects to see.

export interface ParsedPhone {
  /** For the tel: link: `+380683777777`, or a short number such as `1545`. */
  dial: string;
  /** As Ukrainians write it: `068 377 77 77`, `0 800 501 701`, `1545`. */
  national: string;
  /** As written abroad: `+380 68 377 7777`. */
  international: string;
}

const SHORT_NUMBER = /^\d{3,4}$/;

/** Parses `068 377 77 77`, `(068) 377-77-77`, `+38 068 377 7777`, `380683777777`, `1545`; undefined if it is none of them. */
export function parsePhone(input: string): ParsedPhone | undefined {
  const trimmed = input.trim();
  if (!/^[+(\d][\d\s().\-‑–]*$/.test(trimmed)) return undefined;
  const digits = trimmed.replace(/\D/g, '');
  if (SHORT_NUMBER.test(digits) && !trimmed.startsWith('+')) {
    return { dial: digits, national: digits, international: digits };
  }
  let subscriber: string | undefined; // the 9 digits after the trunk prefix 0
  if (digits.length === 12 && digits.startsWith('380')) subscriber = digits.slice(3);
  else if (digits.length === 11 && digits.startsWith('80')) subscriber = digits.slice(2);
  else if (digits.length === 10 && digits.startsWith('0')) subscriber = digits.slice(1);
  if (!subscriber || subscriber.startsWith('0')) return undefined;
  return {
    dial: `+380${subscriber}`,
    national: nationalGrouping(subscriber),
    international: `+380 ${subscriber.slice(0, 2)} ${subscriber.slice(2, 5)} ${subscriber.slice(5)}`,
  };
}

function nationalGrouping(subscriber: string): string {
  // Toll-free and premium numbers are written 0 800 501 701.
  if (/^(800|900)/.test(subscriber)) {
    return `0 ${subscriber.slice(0, 3)} ${subscriber.slice(3, 6)} ${subscriber.slice(6)}`;
  }
  return `0${subscriber.slice(0, 2)} ${subscriber.slice(2, 5)} ${subscriber.slice(5, 7)} ${subscriber.slice(7)}`;
}
