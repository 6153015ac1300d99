// REDCap branching logic on a data entry form: a field whose "show only if" condition is false is
// hidden while the form is filled in. The same rules as the server's BranchingLogic, which decides
// on saving what is required and what is kept; this script only spares the typist hidden fields.
(function () {
  'use strict';
  var OPS = ['=', '<>', '!=', '<', '<=', '>', '>='];

  function tokens(text) {
    var out = [];
    var i = 0;
    while (i < text.length) {
      var ch = text.charAt(i);
      if (/\s/.test(ch)) { i++; continue; }
      if (ch === '[') {
        var end = text.indexOf(']', i);
        if (end < 0) { throw new Error('['); }
        if (text.charAt(end + 1) === '[') { i = end + 1; continue; } // [event][field]: same wave
        out.push(text.substring(i, end + 1));
        i = end + 1;
      } else if (ch === '\'' || ch === '"') {
        var close = text.indexOf(ch, i + 1);
        if (close < 0) { throw new Error('quote'); }
        out.push('\'' + text.substring(i + 1, close));
        i = close + 1;
      } else if (ch === '(' || ch === ')') {
        out.push(ch); i++;
      } else if ('=<>!'.indexOf(ch) >= 0) {
        var two = text.substr(i, 2);
        if (['<>', '!=', '<=', '>='].indexOf(two) >= 0) { out.push(two); i += 2; }
        else if (ch === '!') { throw new Error('!'); }
        else { out.push(ch); i++; }
      } else if (/[A-Za-z0-9_.\-]/.test(ch)) {
        var j = i + 1;
        while (j < text.length && /[A-Za-z0-9_.]/.test(text.charAt(j))) { j++; }
        out.push(text.substring(i, j));
        i = j;
      } else {
        throw new Error(ch);
      }
    }
    return out;
  }

  function number(s) {
    return /^\s*-?\d+(\.\d+)?\s*$/.test(s) ? parseFloat(s) : null;
  }

  function compare(a, op, b) {
    var x = number(a), y = number(b), c;
    if (x !== null && y !== null) {
      c = x < y ? -1 : (x > y ? 1 : 0);
    } else {
      if (op !== '=' && op !== '<>' && op !== '!=') { return false; }
      c = a === b ? 0 : 1;
    }
    switch (op) {
      case '=': return c === 0;
      case '<>': case '!=': return c !== 0;
      case '<': return c < 0;
      case '<=': return c <= 0;
      case '>': return c > 0;
      default: return c >= 0;
    }
  }

  function parse(text, refs) {
    var t = tokens(text), pos = 0;
    function word(w) {
      if (pos < t.length && t[pos].toLowerCase() === w) { pos++; return true; }
      return false;
    }
    function operand() {
      var tok = t[pos++];
      if (tok === undefined) { throw new Error('end'); }
      if (tok.charAt(0) === '[') {
        var ref = tok.substring(1, tok.length - 1).trim();
        var m = /^([A-Za-z][A-Za-z0-9_]*)(\(([A-Za-z0-9_\-]+)\))?$/.exec(ref);
        if (!m) { throw new Error(ref); }
        var name = m[3] ? m[1] + '___' + m[3] : m[1];
        var option = !!m[3];
        refs.push(name);
        return function (get) { var v = get(name); return option && v.trim() === '' ? '0' : v; };
      }
      if (tok.charAt(0) === '\'') { var s = tok.substring(1); return function () { return s; }; }
      if (/^-?\d+(\.\d+)?$/.test(tok)) { return function () { return tok; }; }
      throw new Error(tok);
    }
    function atom() {
      if (t[pos] === '(') {
        pos++;
        var inner = or();
        if (t[pos] !== ')') { throw new Error(')'); }
        pos++;
        return inner;
      }
      var left = operand();
      var op = t[pos];
      if (OPS.indexOf(op) < 0) { throw new Error('op'); }
      pos++;
      var right = operand();
      return function (get) { return compare(left(get), op, right(get)); };
    }
    function and() {
      var left = atom();
      while (word('and')) { left = (function (l, r) { return function (g) { return l(g) && r(g); }; })(left, atom()); }
      return left;
    }
    function or() {
      var left = and();
      while (word('or')) { left = (function (l, r) { return function (g) { return l(g) || r(g); }; })(left, and()); }
      return left;
    }
    var c = or();
    if (pos !== t.length) { throw new Error('rest'); }
    return c;
  }

  var form = document.querySelector('form.entry-form');
  if (!form) { return; }
  var fields = [];
  form.querySelectorAll('[data-branching]').forEach(function (div) {
    var text = div.getAttribute('data-branching');
    if (!text) { return; }
    try {
      var refs = [];
      var shows = parse(text, refs);
      // Logic that reads a field of another form stays as the server decided it.
      if (refs.every(function (n) { return form.elements['v_' + n]; })) {
        fields.push({ div: div, name: div.getAttribute('data-field'), shows: shows });
      }
    } catch (unreadable) {
      // Shown always, as on the server.
    }
  });
  if (fields.length === 0) { return; }

  function valueOf(name, hidden) {
    if (hidden[name]) { return ''; }
    var el = form.elements['v_' + name];
    return el && typeof el.value === 'string' ? el.value.trim() : '';
  }

  function update() {
    var hidden = {};
    var changed = true;
    while (changed) {
      changed = false;
      fields.forEach(function (f) {
        if (!hidden[f.name] && !f.shows(function (n) { return valueOf(n, hidden); })) {
          hidden[f.name] = true;
          changed = true;
        }
      });
    }
    fields.forEach(function (f) {
      f.div.hidden = !!hidden[f.name];
    });
  }

  form.addEventListener('input', update);
  form.addEventListener('change', update);
  update();
}());
