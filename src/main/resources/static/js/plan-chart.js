// Draws the simulated concentration curve of a plan preview. The data comes from the server in the canvas's
// data-chart attribute (hours, ngPerMl, axis labels); no inline script, so the page keeps a strict CSP.
(function () {
  'use strict';
  let chart = null;

  function draw() {
    const canvas = document.getElementById('concentration-chart');
    if (!canvas || typeof Chart === 'undefined') {
      return;
    }
    const data = JSON.parse(canvas.getAttribute('data-chart'));
    const points = data.hours.map(function (h, i) { return { x: h, y: data.ngPerMl[i] }; });
    if (chart) {
      chart.destroy();
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
          x: { type: 'linear', title: { display: true, text: data.xLabel } },
          y: { beginAtZero: true, title: { display: true, text: data.yLabel } }
        },
        plugins: { legend: { display: true } }
      }
    });
  }

  document.addEventListener('DOMContentLoaded', draw);
  document.addEventListener('htmx:afterSettle', draw);
})();
