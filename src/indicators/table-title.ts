/**
 * What a statistics table is about, from the long title its office gives it: "07459: Befolkning, etter region,
 * statistikkvariabel og år" → "Befolkning"; "Folkmängden efter region, civilstånd och år" → "Folkmängden";
 * "Population, by region, contents and year" → "Population". The table number belongs in the source line.
 */
const TABLE_NUMBER = /^\s{0,8}\d{4,6}\s{0,3}[:.–-]\s{0,3}/;
/** The word that starts the list of dimensions: nb/nn/sv/da "etter"/"efter", en "by", fi "muuttujina". */
const DIMENSION_LIST = /,?\s(?:etter|efter|by|muuttujina|according to|broken down by)\s/i;

export function tableSubject(title: string | undefined): string {
  if (!title) return '';
  let text = title.replace(TABLE_NUMBER, '').trim();
  const at = text.search(DIMENSION_LIST);
  if (at > 0) text = text.slice(0, at).trim();
  text = text.replace(/[\s,.:;–-]+$/, '');
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : '';
}

/**
 * The subject a file's name gives ("example.org/befolkning_kommuner.csv" → "Befolkning kommuner"), or '' when the
 * text is not a file name or address.
 */
export function fileSubject(name: string | undefined): string {
  if (!name) return '';
  const path = name
    .trim()
    .slice(0, 2000)
    .replace(/[?#].*$/s, '');
  const file = path.slice(path.lastIndexOf('/') + 1);
  const ext = /\.(?:csv|json|jsonstat|txt|tsv)$/i.exec(file);
  if (!ext && !path.includes('/')) return '';
  const words = (ext ? file.slice(0, ext.index) : file).replace(/[_+]+/g, ' ').replace(/\s+/g, ' ').trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : '';
}
