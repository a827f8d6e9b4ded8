// Ukrainian → Latin by the national standard (KMU Resolution No. 55 of
// 27.01.2010), the spelling of road signs and passports, so that a reader who
// types "znob" or "kamianets" finds Зноб-Новгородська and Кам’янець-Подільський.
// Done at run time: shipping Latin names for 29,705 settlements would double the file.

/** The letters and apostrophes that change, and their Latin spellings in the same order (ь and the apostrophes have none). */
const CYRILLIC = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'’ʼ`";
const LATIN = 'a b v h g d e ie zh z y i i i k l m n o p r s t u f kh ts ch sh shch  iu ia    '.split(' ');
/** At the start of a word є ї й ю я keep their y-: Єнакієве → Yenakiieve, Южне → Yuzhne. */
const WORD_START = 'ye yi y yu ya'.split(' ');

/**
 * `Кам’янець-Подільський` → `Kamianets-Podilskyi`. Other characters pass through,
 * apostrophes drop. Fast enough for all the names at once, joined by "\n".
 */
export const transliterate = (text: string): string =>
  text.replace(/./g, (char, i) => {
    const lower = char.toLowerCase();
    const previous = text[i - 1];
    const latin =
      (!previous || ' -\n'.includes(previous)
        ? WORD_START['єїйюя'.indexOf(lower)]
        : // "зг" is "zgh", so it is not read as the digraph "zh": Згурівка → Zghurivka.
          lower === 'г' && /з/i.test(previous) && 'gh') || (LATIN[CYRILLIC.indexOf(lower)] ?? char);
    return lower === char ? latin : latin.replace(/^./, (first) => first.toUpperCase());
  });
