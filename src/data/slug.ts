/**
 * A name folded into a code: lower case, æ/ø/å and accents folded, `%` as `pct`, every run of other characters one
 * hyphen (`Bruttoprodukt (mill. kr)` → `bruttoprodukt-mill-kr`). The CSV reader codes its columns with it, and the
 * feed builder matches a configured measure name against a file's codes and labels with it, so both fold alike.
 * Only the first 200 characters count: a code needs no more, and a 5 000-character name is not folded whole.
 */
export function slugify(label: string): string {
  return label
    .slice(0, 200)
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/%/g, ' pct ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
