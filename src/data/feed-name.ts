/**
 * A feed's name from its address, for a source line and a title when the file names neither itself nor its source:
 * `https://example.org/data/pendling_2022.csv?x=1` → "example.org/pendling_2022.csv". A relative address gives the
 * file name alone. Never more than 120 characters.
 */
export function feedName(url: string | undefined): string {
  if (!url) return '';
  const raw = url.trim().slice(0, 2000);
  if (/^(?:data|blob|javascript):/i.test(raw)) return '';
  let host = '';
  let path = raw;
  if (/^https?:\/\//i.test(raw)) {
    try {
      const u = new URL(raw);
      host = u.host;
      path = u.pathname;
    } catch {
      return '';
    }
  }
  path = path.replace(/[?#].*$/s, '');
  const file = safeDecode(path.slice(path.lastIndexOf('/') + 1));
  const name = host && file ? `${host}/${file}` : host || file;
  return name.length > 120 ? `${name.slice(0, 119)}…` : name;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
