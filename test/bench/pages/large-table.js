// large-table.html?view=table, ?view=map or ?view=tiles: one widget on the national population table (SSB 07459,
// copied into the run's directory from ../shared/fixtures); `map` with Kartverket's national TopoJSON (1 MB) as
// its borders, `tiles` the same map without a border file.
(() => {
  const asked = new URLSearchParams(location.search).get('view');
  const el = document.createElement('inn-indicator');
  el.setAttribute('view', asked === 'map' || asked === 'tiles' ? 'map' : 'table');
  el.setAttribute('src', '/__bench/large-table.jsonstat.json');
  if (asked === 'map') el.setAttribute('geo-src', '/__bench/kartverket_kommuner.topojson');
  document.body.append(el);
})();
