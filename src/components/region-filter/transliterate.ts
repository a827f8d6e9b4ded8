// Ukrainian → Latin by the national standard (KMU Resolution No. 55 of
// 27.01.2010), the spelling of road signs and passports, so that a reader who
// types "znob" or "kamianets" finds Зноб-Новгородська and Кам’янець-Подільський.
// Done at run time: shipping Latin names for 29,705 settlements would double the file.

const CYRILLIC = 'абвгґдеєжзиіїйклмнопрстуфхцчшщьюя';
// One Latin spelling per letter above, in the same order (ь has none).
const LATIN = 'a b v h g d e ie zh z y i i i k l m n o p r s t u f kh ts ch sh shch  iu ia'.split(' ');
/** At the start of a word these letters keep their y-: Єнакієве → Yenakiieve, Южне → Yuzhne. */
const WORD_START: Record<string, string> = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' };

const TABLE: Record<string, string> = { "'": '', '’': '', ʼ: '', '`': '' };
for (let i = 0; i < CYRILLIC.length; i += 1) {
  const latin = LATIN[i];
  TABLE[CYRILLIC[i]] = latin;
  TABLE[CYRILLIC[i].toUpperCase()] = latin.charAt(0).toUpperCase() + latin.slice(1);
}

/**
 * `Кам’янець-Подільський` → `Kamianets-Podilskyi`. Other characters pass through,
 * apostrophes drop. Fast enough for all the names at once, joined by "\n".
 */
export function transliterate(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    let latin = TABLE[char];
    if (latin === undefined) {
      out += char;
      continue;
    }
    const previous = text[i - 1];
    const lower = char.toLowerCase();
    if (!previous || ' -\n'.includes(previous)) latin = WORD_START[lower] ?? latin;
    // "зг" is "zgh", so it is not read as the digraph "zh": Згурівка → Zghurivka.
    else if (lower === 'г' && (previous === 'з' || previous === 'З')) latin = 'gh';
    if (lower !== char && latin !== TABLE[char]) latin = latin[0].toUpperCase() + latin.slice(1);
    out += latin;
  }
  return out;
}
