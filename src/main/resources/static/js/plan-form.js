// The plan builder (issue 9): only the fields of the chosen kind are shown; a field the browser cannot read (for
// example "1e" in a number field) or the server refuses is marked beside the field, and the preview is marked out
// of date instead of showing an old plan as current. No inline script, so the page keeps a strict CSP.
(function () {
  'use strict';

  function form() {
    return document.getElementById('plan-form');
  }

  function showKind() {
    const f = form();
    if (!f) {
      return;
    }
    const checked = f.querySelector('input[name=kind]:checked');
    const kind = checked ? checked.value : 'titrate';
    f.querySelectorAll('[data-kinds]').forEach(function (el) {
      el.hidden = el.getAttribute('data-kinds').split(' ').indexOf(kind) < 0;
    });
  }

  function mark(input, message) {
    const feedback = document.getElementById(input.id + '-error');
    if (message) {
      input.classList.add('is-invalid');
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', input.id + '-error');
      if (feedback) {
        feedback.textContent = message;
      }
    } else {
      input.classList.remove('is-invalid');
      input.removeAttribute('aria-invalid');
      if (feedback) {
        feedback.textContent = '';
      }
    }
  }

  function stale(on, why) {
    const preview = document.getElementById('preview');
    if (!preview) {
      return;
    }
    preview.classList.toggle('preview-stale', on);
    let note = document.getElementById('preview-stale');
    if (on && !note) {
      note = document.createElement('div');
      note.id = 'preview-stale';
      note.className = 'alert alert-warning';
      note.setAttribute('role', 'status');
      preview.prepend(note);
    }
    if (note) {
      if (on) {
        note.textContent = 'The preview is out of date: ' + why;
      } else {
        note.remove();
      }
    }
  }

  // Fields the browser cannot read: marked at once, and the preview is out of date until they are corrected.
  function checkInputs() {
    const f = form();
    if (!f) {
      return true;
    }
    let first = null;
    f.querySelectorAll('input').forEach(function (input) {
      if (!input.checkValidity()) {
        mark(input, input.validationMessage || 'Enter a valid value.');
        first = first || input;
      } else if (input.dataset.serverError !== 'true') {
        mark(input, null);
      }
    });
    if (first) {
      const label = f.querySelector('label[for=' + first.id + ']');
      stale(true, 'correct “' + (label ? label.textContent.trim() : first.name) + '”.');
      return false;
    }
    return true;
  }

  // After a preview: the server's field errors go beside their fields; the others are cleared.
  function applyServerErrors() {
    const f = form();
    if (!f) {
      return;
    }
    const errors = {};
    document.querySelectorAll('#field-errors [data-field]').forEach(function (li) {
      errors[li.getAttribute('data-field')] = li.textContent;
    });
    f.querySelectorAll('input, select, textarea').forEach(function (input) {
      if (!input.id || input.type === 'radio') {
        return;
      }
      const message = errors[input.name];
      input.dataset.serverError = message ? 'true' : 'false';
      if (message || input.checkValidity()) {
        mark(input, message || null);
      }
    });
    stale(false, '');
    checkInputs();
  }

  document.addEventListener('DOMContentLoaded', function () {
    showKind();
    const f = form();
    if (f) {
      f.addEventListener('change', showKind);
      f.addEventListener('input', checkInputs);
    }
  });
  document.addEventListener('htmx:beforeRequest', function (e) {
    if (e.target === form() && !checkInputs()) {
      e.preventDefault();
    }
  });
  document.addEventListener('htmx:afterSettle', applyServerErrors);
})();
