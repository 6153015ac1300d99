// Keeps the "12 of 36 answered" line and the progress bar in step while a client answers.
// Works without it too: the server renders the count each time the page loads.
(function () {
  var form = document.querySelector('form.answer-form[data-total]');
  if (!form) { return; }
  var bar = document.getElementById('answer-progress');
  var text = document.getElementById('answer-progress-text');
  var template = text.getAttribute('data-template');
  var total = form.getAttribute('data-total');
  function update() {
    var names = {};
    form.querySelectorAll('input[type=radio]:checked').forEach(function (r) { names[r.name] = true; });
    var answered = Object.keys(names).length;
    bar.value = answered;
    text.textContent = template.replace('{0}', answered).replace('{1}', total);
  }
  form.addEventListener('change', update);
  update(); // answers chosen before this script ran count too
})();
