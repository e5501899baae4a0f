// Draws the simulated concentration curve of a plan preview. The data comes from the server in the canvas's
// data-chart attribute (hours, ngPerMl, axis labels); no inline script, so the page keeps a strict CSP.
(function () {
  'use strict';
  let chart = null;

  // "2025-03-01" + 36 h → "2 Mar" (hours from midnight of the first day; whole days only, so no time zone maths).
  function dateAt(start, hours) {
    if (!start) {
      return hours + ' h';
    }
    const d = new Date(start + 'T00:00:00Z');
    d.setUTCDate(d.getUTCDate() + Math.floor(hours / 24));
    return d.toLocaleDateString(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  }

  function draw() {
    const canvas = document.getElementById('concentration-chart');
    if (!canvas || typeof Chart === 'undefined') {
      return;
    }
    const data = JSON.parse(canvas.getAttribute('data-chart'));
    const points = data.hours.map(function (h, i) { return { x: h, y: data.ngPerMl[i] }; });
    if (chart && document.body.contains(chart.canvas)) {
      chart.destroy();
    } else if (chart) {
      // the preview swap removed the old canvas: destroying it would restore its style attribute, which the
      // page's CSP forbids; unbind it instead
      chart.stop();
    }
    chart = new Chart(canvas, {
      type: 'line',
      data: { datasets: [{ label: 'Concentration (ng/mL), ' + data.model, data: points, borderColor: '#0b5394',
        borderWidth: 1.5, pointRadius: 0, fill: false }] },
      options: {
        animation: false,
        maintainAspectRatio: false,
        parsing: false,
        scales: {
          x: { type: 'linear', title: { display: true, text: data.xLabel },
            ticks: { stepSize: 24, callback: function (h) { return dateAt(data.startDate, h); } } },
          y: { beginAtZero: true, title: { display: true, text: data.yLabel } }
        },
        plugins: { legend: { display: true } }
      }
    });
  }

  document.addEventListener('DOMContentLoaded', draw);
  document.addEventListener('htmx:afterSettle', draw);
})();
