// Figure 4 (baseline): 50 widgets that each fetch their own feed URL, as a widget written on its own would.
const bench = window.__bench;
const widgets = [...document.querySelectorAll('.widget')];
let done = 0;
for (const el of widgets) {
  fetch(el.dataset.src)
    .then((res) => res.json())
    .then((feed) => {
      const first = feed.observations?.find((o) => o.value !== null);
      el.textContent = first ? String(first.value) : '–';
    })
    .catch((err) => bench.errors.push(String(err?.message ?? err)))
    .finally(() => {
      done++;
      if (done === widgets.length) bench.mark('done');
    });
}
