// Draws the statistics page's charts (Chart.js from WebJars) from the counts the server put in
// the data-counts attribute of #charts; no inline script, so the Content-Security-Policy holds.
(function () {
  'use strict';
  var holder = document.getElementById('charts');
  if (!holder || typeof Chart === 'undefined') {
    return;
  }
  var counts = JSON.parse(holder.dataset.counts || '{}');

  function chart(id, data, type) {
    new Chart(document.getElementById(id), {
      type: type || 'bar',
      data: {
        labels: Object.keys(data || {}),
        datasets: [{ label: 'laporan', data: Object.values(data || {}), backgroundColor: '#12324f' }]
      },
      options: {
        plugins: { legend: { display: false } },
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } }
      }
    });
  }

  chart('chart-month', counts.byMonth, 'line');
  chart('chart-status', counts.byStatus);
  chart('chart-kecamatan', counts.byKecamatan);
  chart('chart-destination', counts.byDestination);
})();
