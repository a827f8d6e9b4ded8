// KATOTTG codes: UA + oblast (2) + raion (2) + hromada (3) + settlement (3) +
// city district (2) + a 5-digit identifier. Matching by prefix (SPEC §3).

export type RegionLevel = 'oblast' | 'raion' | 'hromada';

const CODE = /^UA(\d{17})$/;
/** Digits per level, after which comes the 5-digit identifier. */
const LEVEL_WIDTHS = [2, 2, 3, 3, 2];

export function isRegionCode(value: unknown): value is string {
  return typeof value === 'string' && CODE.test(value);
}

/**
 * The code without its identifier and its trailing all-zero levels:
 * Сумська область `UA59000000000057109` → `UA59`, Шосткинський район → `UA5910`,
 * Зноб-Новгородська громада `UA59100090000041284` → `UA5910009`.
 */
export function regionPrefix(code: string): string {
  const match = CODE.exec(code);
  if (!match) return code;
  const parts: string[] = [];
  let offset = 0;
  for (const width of LEVEL_WIDTHS) {
    parts.push(match[1].slice(offset, offset + width));
    offset += width;
  }
  while (parts.length > 1 && /^0+$/.test(parts[parts.length - 1])) parts.pop();
  return `UA${parts.join('')}`;
}

/** Whether an item coded `itemCode` belongs to the region `regionCode` (the region's prefix starts the item's code). */
export function regionContains(regionCode: string, itemCode: string): boolean {
  return isRegionCode(regionCode) && isRegionCode(itemCode) && itemCode.startsWith(regionPrefix(regionCode));
}

/** The level a code stands for, read from its structure: oblast, raion or hromada (settlements count as their hromada's level). */
export function regionLevel(code: string): RegionLevel | null {
  if (!isRegionCode(code)) return null;
  const digits = regionPrefix(code).length - 2;
  if (digits <= 2) return 'oblast';
  if (digits <= 4) return 'raion';
  return 'hromada';
}

/** The oblast-level code prefix (`UA59`) of any code. */
export function oblastPrefix(code: string): string {
  return code.slice(0, 4);
}
