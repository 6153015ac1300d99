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
      var day = 24 * 60 * 60 * 1000;
      // The clinician's planned breaks, shaded behind the episodes (first day to the end of the last).
      var breaks = (data.breaks || []).map(function (b) {
        return { from: Date.parse(b.firstDay + 'T00:00:00'), to: Date.parse(b.lastDay + 'T00:00:00') + day };
      });
      // Practices completed per week, drawn at the middle of the week on their own axis.
      var practice = (data.practiceWeeks || []).map(function (w) {
        return { x: Date.parse(w.week + 'T00:00:00') + 3.5 * day, y: w.practices };
      });
      var times = data.points.map(function (p) { return Date.parse(p.at); })
        .concat(setbacks.map(function (b) { return b.x; }))
        .concat(practice.map(function (w) { return w.x; }));
      // Nothing logged yet: no empty axes dated 1 January 1970; the sentence above says so.
      if (!times.length) {
        canvas.parentNode.hidden = true;
        return;
      }
      if (times.length) {
        breaks = breaks.filter(function (b) {
          return b.to >= Math.min.apply(null, times) - 14 * day && b.from <= Math.max.apply(null, times) + 14 * day;
        });
      }
      breaks.forEach(function (b) { times.push(b.from, b.to); });
      var shade = 'rgba(90, 90, 90, 0.16)';
      var breakBands = {
        id: 'breakBands',
        beforeDatasetsDraw: function (chart) {
          var x = chart.scales.x;
          var area = chart.chartArea;
          var ctx = chart.ctx;
          ctx.save();
          ctx.fillStyle = shade;
          breaks.forEach(function (b) {
            var left = Math.max(x.getPixelForValue(b.from), area.left);
            var right = Math.min(x.getPixelForValue(b.to), area.right);
            if (right > left) {
              ctx.fillRect(left, area.top, right - left, area.bottom - area.top);
            }
          });
          ctx.restore();
        }
      };
      new Chart(canvas, {
        type: 'scatter',
        data: {
          datasets: [
            { label: 'Noticed and named', data: named, backgroundColor: '#1d5e73', pointRadius: 5, pointStyle: 'circle' },
            { label: 'Not named this time', data: notNamed, backgroundColor: '#8a5a00', pointRadius: 5, pointStyle: 'triangle' },
            { label: 'Hard time (setback)', data: setbacks, backgroundColor: '#8a1c12', pointRadius: 7, pointStyle: 'rectRot' },
            { label: canvas.getAttribute('data-label-practice'), type: 'bar', data: practice, yAxisID: 'y1',
              backgroundColor: 'rgba(29, 94, 115, 0.35)', barThickness: 8, hidden: practice.length === 0 },
            { label: canvas.getAttribute('data-label-breaks'), data: [], backgroundColor: shade, borderColor: '#5a5a5a',
              pointStyle: 'rect', hidden: breaks.length === 0 }
          ]
        },
        plugins: [breakBands],
        options: {
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          scales: {
            x: { type: 'linear', title: { display: true, text: 'Date' },
                 min: times.length ? Math.min.apply(null, times) - 3 * day : undefined,
                 max: times.length ? Math.max.apply(null, times) + 3 * day : undefined,
                 ticks: { maxTicksLimit: 6, callback: function (v) { return dateLabel(v); } } },
            y: { beginAtZero: true, title: { display: true, text: 'Minutes until settled' } },
            y1: { display: practice.length > 0, position: 'right', beginAtZero: true, grid: { drawOnChartArea: false },
                  ticks: { precision: 0 }, title: { display: true, text: canvas.getAttribute('data-label-practice-axis') } }
          },
          plugins: {
            legend: { position: 'bottom' },
            tooltip: { callbacks: { label: function (c) {
              if (c.datasetIndex === 3) {
                return dateLabel(c.parsed.x) + ': ' + c.parsed.y;
              }
              return c.datasetIndex === 2 ? dateLabel(c.parsed.x) + ': hard time'
                : dateLabel(c.parsed.x) + ': ' + c.parsed.y + ' min';
            } } }
          }
        }
      });
      canvas.setAttribute('data-rendered', String(data.points.length));
      canvas.setAttribute('data-breaks', String(breaks.length));
      canvas.setAttribute('data-practice-weeks', String(practice.length));
    })
    .catch(function () {
      canvas.insertAdjacentHTML('afterend', '<p class="muted">The chart could not be drawn; the table below has the same data.</p>');
    });
})();
