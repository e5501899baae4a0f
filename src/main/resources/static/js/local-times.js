// Shows each <time class="local-time" datetime="…"> in the reader's own time zone and locale (no inline script:
// the CSP allows scripts from the app only). Without JavaScript the server's UTC text stays.
document.addEventListener('DOMContentLoaded', () => {
  const format = new Intl.DateTimeFormat(undefined, {
    weekday: 'short', day: 'numeric', month: 'short', year: 'numeric',
    hour: '2-digit', minute: '2-digit', second: '2-digit', timeZoneName: 'short'
  });
  document.querySelectorAll('time.local-time[datetime]').forEach((el) => {
    const when = new Date(el.getAttribute('datetime'));
    if (!Number.isNaN(when.getTime())) {
      el.title = el.textContent;
      el.textContent = format.format(when);
    }
  });
});
