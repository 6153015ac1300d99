// Recovery-time chart for the client's own space. Data comes from the app's own API (CSP: 'self').
(function () {
  'use strict';
  var canvas = document.getElementById('recovery-chart');
  if (!canvas || typeof Chart === 'undefined') {
    return;
  }
  function dateLabel(ms) {
    return new Date(ms).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: '2-digit' });
  }
  fetch(canvas.getAttribute('data-source'), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
    .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
    .then(function (data) {
      var named = [];
      var notNamed = [];
      data.points.forEach(function (p) {
        var point = { x: Date.parse(p.at), y: p.minutes };
        (p.noticedAndNamed ? named : notNamed).push(point);
      });
      var top = data.points.reduce(function (m, p) { return Math.max(m, p.minutes); }, 10);
      var setbacks = (data.setbacks || []).map(function (b) {
        return { x: Date.parse(b.occurredOn + 'T12:00:00'), y: top * 1.05, kind: b.kind };
      });
      var times = data.points.map(function (p) { return Date.parse(p.at); })
        .concat(setbacks.map(function (b) { return b.x; }));
      var day = 24 * 60 * 60 * 1000;
      new Chart(canvas, {
        type: 'scatter',
        data: {
          datasets: [
            { label: 'Noticed and named', data: named, backgroundColor: '#1d5e73', pointRadius: 5, pointStyle: 'circle' },
            { label: 'Not named this time', data: notNamed, backgroundColor: '#8a5a00', pointRadius: 5, pointStyle: 'triangle' },
            { label: 'Hard time (setback)', data: setbacks, backgroundColor: '#8a1c12', pointRadius: 7, pointStyle: 'rectRot' }
          ]
        },
        options: {
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          scales: {
            x: { type: 'linear', title: { display: true, text: 'Date' },
                 min: times.length ? Math.min.apply(null, times) - 3 * day : undefined,
                 max: times.length ? Math.max.apply(null, times) + 3 * day : undefined,
                 ticks: { maxTicksLimit: 6, callback: function (v) { return dateLabel(v); } } },
            y: { beginAtZero: true, title: { display: true, text: 'Minutes until settled' } }
          },
          plugins: {
            legend: { position: 'bottom' },
            tooltip: { callbacks: { label: function (c) {
              return c.datasetIndex === 2 ? dateLabel(c.parsed.x) + ': hard time'
                : dateLabel(c.parsed.x) + ': ' + c.parsed.y + ' min';
            } } }
          }
        }
      });
      canvas.setAttribute('data-rendered', String(data.points.length));
    })
    .catch(function () {
      canvas.insertAdjacentHTML('afterend', '<p class="muted">The chart could not be drawn; the table below has the same data.</p>');
    });
})();
