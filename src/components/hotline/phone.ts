// Ukrainian phone numbers in any common notation → E.164 for the tel: link, and
// the national or international grouping a reader expects to see.

/**
 * Parses `068 377 77 77`, `(068) 377-77-77`, `+38 068 377 7777`, `380683777777`, `1545`
 * into [for the tel: link `+380683777777`, as Ukrainians write it `068 377 77 77`
 * (toll-free `0 800 501 701`), as written abroad `+380 68 377 7777` (`+380 800 501 701`)]; undefined if it is none of them.
 */
export function parsePhone(input: string): [dial: string, national: string, international: string] | undefined {
  // String(): a framework may set the property to a number (`phone={1545}`).
  const trimmed = String(input).trim();
  if (/^\d{3,4}$/.test(trimmed)) return [trimmed, trimmed, trimmed];
  // The 9 digits after the trunk prefix 0, whichever prefix was written.
  const subscriber = /^[+(\d][\d\s().\-‑–]*$/.test(trimmed) && /^(?:380|80|0)([1-9]\d{8})$/.exec(trimmed.replace(/\D/g, ''))?.[1];
  return subscriber
    ? [
        `+380${subscriber}`,
        /^[89]00/.test(subscriber) ? subscriber.replace(/(...)(...)/, '0 $1 $2 ') : subscriber.replace(/(..)(...)(..)/, '0$1 $2 $3 '),
        // Toll-free and premium numbers keep their 3-digit code together abroad too.
        subscriber.replace(/([89]00|..)(...)/, '+380 $1 $2 '),
      ]
    : undefined;
}
