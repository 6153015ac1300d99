// SecureBase measures: draws each subscale over time with Chart.js, served from the app.
// Reads the chart data from the JSON endpoint named in data-chart-url; no inline script (CSP 'self').
(function () {
  'use strict';

  var container = document.getElementById('measure-charts');
  if (!container || typeof Chart === 'undefined') {
    return;
  }

  var INK = '#1f2a33';
  var ACCENT = '#1d5e73';
  var BAND = 'rgba(29, 94, 115, 0.13)';
  var RELIABLE = '#6b2c91';
  var EVENT = '#5c3d00';

  var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

  function dayToText(day) {
    var d = new Date(Math.round(day) * 86400000);
    return d.getUTCDate() + ' ' + MONTHS[d.getUTCMonth()] + ' ' + d.getUTCFullYear();
  }

  function shortDay(day) {
    var d = new Date(Math.round(day) * 86400000);
    return d.getUTCDate() + ' ' + MONTHS[d.getUTCMonth()];
  }

  // Dashed vertical lines for event notes, on the same time axis as the scores.
  var eventLines = {
    id: 'securebaseEvents',
    afterDatasetsDraw: function (chart, args, options) {
      var events = options.events || [];
      var x = chart.scales.x;
      var area = chart.chartArea;
      var ctx = chart.ctx;
      ctx.save();
      ctx.strokeStyle = EVENT;
      ctx.fillStyle = EVENT;
      ctx.setLineDash([4, 4]);
      ctx.lineWidth = 1.5;
      ctx.font = '11px system-ui, sans-serif';
      events.forEach(function (e, i) {
        if (e.day < x.min || e.day > x.max) {
          return;
        }
        var px = x.getPixelForValue(e.day);
        ctx.beginPath();
        ctx.moveTo(px, area.top);
        ctx.lineTo(px, area.bottom);
        ctx.stroke();
        ctx.fillText(String(i + 1), px + 3, area.top + 11);
      });
      ctx.restore();
    }
  };

  function draw(data) {
    var days = [];
    data.series.forEach(function (s) {
      s.points.forEach(function (p) { days.push(p.day); });
    });
    data.events.forEach(function (e) { days.push(e.day); });
    var minDay = Math.min.apply(null, days) - 3;
    var maxDay = Math.max.apply(null, days) + 3;

    data.series.forEach(function (s) {
      var canvas = container.querySelector('canvas[data-series="' + s.index + '"]');
      if (!canvas) {
        return;
      }
      var points = s.points.filter(function (p) { return p.value !== null; });
      var values = points.map(function (p) { return p.value; });
      var yMin = Math.min(data.scaleMin, Math.floor(Math.min.apply(null, values)));
      var yMax = Math.max(data.scaleMax, Math.ceil(Math.max.apply(null, values)));
      var datasets = [];
      if (s.minimumReliableDifference !== null && s.baseline !== null) {
        var lo = s.baseline - s.minimumReliableDifference;
        var hi = s.baseline + s.minimumReliableDifference;
        datasets.push({
          label: 'Band low', data: [{ x: minDay, y: lo }, { x: maxDay, y: lo }],
          borderWidth: 0, pointRadius: 0, fill: false
        });
        datasets.push({
          label: 'No reliable change since baseline', data: [{ x: minDay, y: hi }, { x: maxDay, y: hi }],
          borderWidth: 0, pointRadius: 0, fill: '-1', backgroundColor: BAND
        });
      }
      datasets.push({
        label: s.title,
        data: points.map(function (p) { return { x: p.day, y: p.value, point: p }; }),
        borderColor: ACCENT,
        backgroundColor: points.map(function (p) { return p.reliableSincePrevious ? RELIABLE : ACCENT; }),
        pointStyle: points.map(function (p) { return p.reliableSincePrevious ? 'triangle' : 'circle'; }),
        pointRadius: points.map(function (p) { return p.reliableSincePrevious ? 8 : 4; }),
        tension: 0
      });
      new Chart(canvas, {
        type: 'line',
        data: { datasets: datasets },
        options: {
          animation: false,
          maintainAspectRatio: false,
          parsing: false,
          scales: {
            x: {
              type: 'linear', min: minDay, max: maxDay,
              ticks: { color: INK, maxTicksLimit: 4, maxRotation: 0, callback: function (v) { return shortDay(v); } }
            },
            y: { min: yMin, max: yMax, ticks: { color: INK } }
          },
          plugins: {
            legend: { display: false },
            securebaseEvents: { events: data.events },
            tooltip: {
              filter: function (item) { return item.raw && item.raw.point; },
              callbacks: {
                title: function (items) { return items.length ? dayToText(items[0].raw.x) : ''; },
                label: function (item) {
                  var p = item.raw.point;
                  var text = s.title + ': ' + p.value.toFixed(2);
                  return p.sincePrevious ? [text, 'Since previous: ' + p.sincePrevious] : text;
                }
              }
            }
          }
        },
        plugins: [eventLines]
      });
    });
  }

  fetch(container.getAttribute('data-chart-url'), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
    .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
    .then(draw)
    .catch(function () {
      var p = document.createElement('p');
      p.className = 'warning';
      p.textContent = 'The charts could not be drawn. The tables below have the same numbers.';
      container.parentNode.insertBefore(p, container);
    });
})();
