// The parent side of demo/embed.html: sizes each <iframe class="innsikt-frame"> to the height its page reports.
// Copy these lines into the host page (as a script file of its own where the CMS allows one).
//
// Checks, in order: the message comes from one of our iframes (event.source), from the origin its src names
// (event.origin), and has the expected shape with a sane number. Anything else is ignored.
window.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'innsikt:height' || typeof data.height !== 'number' || !Number.isFinite(data.height)) return;
  for (const frame of document.querySelectorAll('iframe.innsikt-frame')) {
    if (event.source !== frame.contentWindow) continue;
    if (event.origin !== new URL(frame.src, location.href).origin) return;
    frame.style.height = `${Math.min(Math.max(Math.ceil(data.height), 50), 10000)}px`;
    return;
  }
});
