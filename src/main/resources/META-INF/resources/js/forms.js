// Form fields with a label, a hint and a place for the API's error about that field.
import { h } from './dom.js';

let fieldCount = 0;

/**
 * A labelled field. control: 'input' (with type etc. in attributes), 'textarea' or 'select'
 * (options: [[value, label]]). Its name is the API's field name, so an error naming that
 * field is shown beside it.
 */
export function field({ name, label, hint, control = 'input', attributes = {}, value = '', options = [] }) {
  const id = 'field-' + name + '-' + (++fieldCount);
  const hintId = id + '-hint';
  const errorId = id + '-error';
  const describedBy = [hint ? hintId : null, errorId].filter(Boolean).join(' ');
  let input;
  if (control === 'select') {
    input = h('select', { id, name, 'aria-describedby': describedBy, ...attributes },
        options.map(([optionValue, optionLabel]) => h('option', { value: optionValue }, optionLabel)));
    input.value = value;
  } else {
    input = h(control, { id, name, 'aria-describedby': describedBy, ...attributes });
    input.value = value;
  }
  return h('div', { class: 'field', 'data-field': name },
      h('label', { for: id }, label),
      hint ? h('p', { class: 'hint', id: hintId }, hint) : null,
      input,
      h('p', { class: 'field-error', id: errorId, 'aria-live': 'polite' }));
}

/** Removes every error shown in the form. */
export function clearErrors(form) {
  for (const message of form.querySelectorAll('.field-error, .form-error')) {
    message.textContent = '';
  }
  for (const invalid of form.querySelectorAll('[aria-invalid]')) {
    invalid.removeAttribute('aria-invalid');
  }
}

/**
 * Shows an API error beside the field it names, else at the top of the form, and moves the
 * focus there. What was typed stays as it was.
 */
export function showError(form, error) {
  const control = error.field ? form.elements.namedItem(error.field) : null;
  const wrapper = control && control.closest ? control.closest('.field') : null;
  if (wrapper) {
    wrapper.querySelector('.field-error').textContent = error.message;
    control.setAttribute('aria-invalid', 'true');
    control.focus();
    return;
  }
  const general = form.querySelector('.form-error');
  general.textContent = error.message;
  general.focus();
}

/** The place for errors that concern no single field. */
export function formError() {
  return h('p', { class: 'form-error', role: 'alert', tabindex: '-1' });
}
