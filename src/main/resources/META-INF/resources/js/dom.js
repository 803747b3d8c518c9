// Builds the page from data without ever parsing markup. Article text and every value the API
// returns are untrusted input, so they only ever become text nodes and attribute values.

/** An element with attributes (on<event> functions become listeners) and children. */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

/** Appends nodes and strings (as text), skipping null, undefined and false, flattening arrays. */
export function append(parent, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    if (Array.isArray(child)) {
      append(parent, child);
    } else if (child instanceof Node) {
      parent.appendChild(child);
    } else {
      parent.appendChild(document.createTextNode(String(child)));
    }
  }
  return parent;
}

/** Items joined by a separator, for lists of names in running text. */
export function joined(items, separator = ', ') {
  const out = [];
  items.forEach((item, i) => {
    if (i > 0) {
      out.push(separator);
    }
    out.push(item);
  });
  return out;
}
