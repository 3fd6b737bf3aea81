/**
 * Tile-grid layouts for small-multiple maps of Innlandet: one tile per municipality or planning region, north
 * at the top, west at the left.
 */

/** Position of a tile on a grid; row 0 is the top (north), col 0 the left (west). */
export interface Tile {
  row: number;
  col: number;
}

/**
 * The 46 municipalities on a 10 × 8 grid: Nord-Gudbrandsdal top left, Nord-Østerdal top right, Valdres on the
 * left, the Glåmdalen municipalities down the right-hand (Swedish) border. Empty cells are mountains.
 */
export const MUNICIPALITY_TILES: Readonly<Record<string, Tile>> = {
  '3432': { row: 0, col: 1 }, // Lesja
  '3431': { row: 0, col: 2 }, // Dovre
  '3429': { row: 0, col: 3 }, // Folldal
  '3427': { row: 0, col: 4 }, // Tynset
  '3426': { row: 0, col: 5 }, // Tolga
  '3430': { row: 0, col: 6 }, // Os
  '3433': { row: 1, col: 0 }, // Skjåk
  '3434': { row: 1, col: 1 }, // Lom
  '3435': { row: 1, col: 2 }, // Vågå
  '3437': { row: 1, col: 3 }, // Sel
  '3428': { row: 1, col: 4 }, // Alvdal
  '3424': { row: 1, col: 5 }, // Rendalen
  '3436': { row: 2, col: 2 }, // Nord-Fron
  '3438': { row: 2, col: 3 }, // Sør-Fron
  '3439': { row: 2, col: 4 }, // Ringebu
  '3423': { row: 2, col: 5 }, // Stor-Elvdal
  '3425': { row: 2, col: 6 }, // Engerdal
  '3454': { row: 3, col: 0 }, // Vang
  '3452': { row: 3, col: 1 }, // Vestre Slidre
  '3453': { row: 3, col: 2 }, // Øystre Slidre
  '3441': { row: 3, col: 3 }, // Gausdal
  '3440': { row: 3, col: 4 }, // Øyer
  '3422': { row: 3, col: 5 }, // Åmot
  '3421': { row: 3, col: 6 }, // Trysil
  '3451': { row: 4, col: 1 }, // Nord-Aurdal
  '3450': { row: 4, col: 2 }, // Etnedal
  '3448': { row: 4, col: 3 }, // Nordre Land
  '3405': { row: 4, col: 4 }, // Lillehammer
  '3411': { row: 4, col: 5 }, // Ringsaker
  '3420': { row: 4, col: 6 }, // Elverum
  '3449': { row: 5, col: 2 }, // Sør-Aurdal
  '3447': { row: 5, col: 3 }, // Søndre Land
  '3407': { row: 5, col: 4 }, // Gjøvik
  '3403': { row: 5, col: 5 }, // Hamar
  '3412': { row: 5, col: 6 }, // Løten
  '3419': { row: 5, col: 7 }, // Våler
  '3443': { row: 6, col: 3 }, // Vestre Toten
  '3442': { row: 6, col: 4 }, // Østre Toten
  '3413': { row: 6, col: 5 }, // Stange
  '3414': { row: 6, col: 6 }, // Nord-Odal
  '3418': { row: 6, col: 7 }, // Åsnes
  '3446': { row: 7, col: 4 }, // Gran
  '3415': { row: 7, col: 6 }, // Sør-Odal
  '3417': { row: 7, col: 7 }, // Grue
  '3401': { row: 8, col: 7 }, // Kongsvinger
  '3416': { row: 9, col: 7 }, // Eidskog
};

/** The 10 planning regions on a 4 × 3 grid. */
export const REGION_TILES: Readonly<Record<string, Tile>> = {
  'R-nord-gudbrandsdal': { row: 0, col: 0 },
  'R-midt-gudbrandsdal': { row: 0, col: 1 },
  'R-nord-osterdal': { row: 0, col: 2 },
  'R-valdres': { row: 1, col: 0 },
  'R-lillehammer': { row: 1, col: 1 },
  'R-sor-osterdal': { row: 1, col: 2 },
  'R-gjovik': { row: 2, col: 1 },
  'R-hamar': { row: 2, col: 2 },
  'R-hadeland': { row: 3, col: 1 },
  'R-glamdalen': { row: 3, col: 2 },
};
