// Guided practice: while a practice's audio is being made, ask for its progress every two seconds
// and move the progress bar; reload the page once the audio is ready, so the player appears.
(function () {
  'use strict';
  var box = document.querySelector('.practice-audio[data-status-url]');
  var bar = box && box.querySelector('progress');
  if (!bar) {
    return;
  }
  var url = box.getAttribute('data-status-url');
  function poll() {
    fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (s) {
        if (!s) {
          return;
        }
        bar.value = s.percent;
        if (s.status === 'READY') {
          window.location.reload();
        } else if (s.status !== 'FAILED') {
          window.setTimeout(poll, 2000);
        }
      })
      .catch(function () { window.setTimeout(poll, 5000); });
  }
  window.setTimeout(poll, 1000);
})();
