// KATOTTG codes: UA + oblast (2) + raion (2) + hromada (3) + settlement (3) +
// city district (2) + a 5-digit identifier. Matching by prefix (SPEC §3).

export type RegionLevel = 'oblast' | 'raion' | 'hromada';

const CODE = /^UA(\d{17})$/;

export const isRegionCode = (value: unknown): value is string => CODE.test(value as string);

/**
 * The code without its identifier and its trailing all-zero levels:
 * Сумська область `UA59000000000057109` → `UA59`, Шосткинський район → `UA5910`,
 * Зноб-Новгородська громада `UA59100090000041284` → `UA5910009`.
 */
export function regionPrefix(code: string): string {
  const digits = CODE.exec(code)?.[1];
  if (!digits) return code;
  let end = 12;
  // Where each level ends; a level of zeros and all below it are dropped.
  for (const cut of [10, 7, 4, 2]) {
    if (+digits.slice(cut, end)) break;
    end = cut;
  }
  return `UA${digits.slice(0, end)}`;
}

/** A test for "this item code belongs to `regionCode`", with the prefix worked out once for a whole list. */
export function regionMatcher(regionCode: string): (itemCode: string) => boolean {
  const prefix = regionPrefix(regionCode);
  return (itemCode) => itemCode.startsWith(prefix);
}

/** Whether an item coded `itemCode` belongs to the region `regionCode` (the region's prefix starts the item's code). */
export function regionContains(regionCode: string, itemCode: string): boolean {
  return isRegionCode(regionCode) && isRegionCode(itemCode) && regionMatcher(regionCode)(itemCode);
}

/** The level a code stands for, read from its structure: oblast, raion or hromada (settlements count as their hromada's level). */
export function regionLevel(code: string): RegionLevel | null {
  if (!isRegionCode(code)) return null;
  const digits = regionPrefix(code).length - 2;
  return digits < 3 ? 'oblast' : digits < 5 ? 'raion' : 'hromada';
}
