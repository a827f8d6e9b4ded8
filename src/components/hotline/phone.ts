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

/** Parses `068 377 77 77`, `(068) 377-77-77`, `+38 068 377 7777`, `380683777777`, `1545`; undefined if it is none of them. */
export function parsePhone(input: string): ParsedPhone | undefined {
  const trimmed = input.trim();
  if (!/^[+(\d][\d\s().\-‑–]*$/.test(trimmed)) return;
  const digits = trimmed.replace(/\D/g, '');
  if (/^\d{3,4}$/.test(digits) && trimmed[0] != '+') return { dial: digits, national: digits, international: digits };
  // The 9 digits after the trunk prefix 0, whichever prefix was written.
  const subscriber = /^(?:380|80|0)([1-9]\d{8})$/.exec(digits)?.[1];
  return subscriber
    ? {
        dial: `+380${subscriber}`,
        // Toll-free and premium numbers are written 0 800 501 701.
        national: /^[89]00/.test(subscriber)
          ? subscriber.replace(/(...)(...)/, '0 $1 $2 ')
          : subscriber.replace(/(..)(...)(..)/, '0$1 $2 $3 '),
        international: subscriber.replace(/(..)(...)/, '+380 $1 $2 '),
      }
    : undefined;
}
