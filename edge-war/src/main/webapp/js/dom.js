// Building the page from data with DOM APIs only: text goes in as text nodes, never as markup,
// so a product or customer named "<script>" is shown as exactly that.

/** el('p', {class: 'x', onclick: fn}, 'text', child, ...): attributes, then children. */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      node.addEventListener(name.slice(2), value);
    } else if (name === 'class') {
      node.className = value;
    } else if (value === true) {
      node.setAttribute(name, '');
    } else {
      node.setAttribute(name, String(value));
    }
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces what a node shows. */
export function show(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

/** A labelled form field; the error element next to it is where its refusal is shown. */
export function field(label, name, attributes = {}) {
  const id = attributes.id || 'f-' + name;
  const error = el('p', {class: 'field-error', id: id + '-error', 'data-error-for': name});
  const input = attributes.tag === 'select'
      ? el('select', {id, name, 'aria-describedby': id + '-error', ...withoutTag(attributes)}, attributes.options)
      : el('input', {id, name, 'aria-describedby': id + '-error', ...withoutTag(attributes)});
  return el('div', {class: 'field'}, el('label', {for: id}, label), input, error);
}

function withoutTag(attributes) {
  const {tag, options, id, ...rest} = attributes;
  return rest;
}

/** A message box: kind 'error', 'warning', 'success' or 'info'. Errors are announced at once. */
export function message(kind, text, attributes = {}) {
  return el('p', {class: 'message ' + kind, role: kind === 'error' ? 'alert' : 'status', ...attributes}, text);
}

export function formatMoney(money) {
  if (!money) return '';
  const amount = Number(money.amount);
  try {
    return new Intl.NumberFormat('en-US', {style: 'currency', currency: money.currency || 'USD'}).format(amount);
  } catch {
    return money.amount + ' ' + money.currency;
  }
}

/** Money amounts in cents, so that sums are exact. */
export function cents(amount) {
  const [whole, fraction = ''] = String(amount).split('.');
  const sign = whole.startsWith('-') ? -1 : 1;
  return sign * (Math.abs(parseInt(whole, 10)) * 100 + parseInt((fraction + '00').slice(0, 2), 10));
}

export function fromCents(value, currency) {
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  return {amount: sign + Math.floor(abs / 100) + '.' + String(abs % 100).padStart(2, '0'), currency};
}
