// The storefront's views. Every view draws into <main> with DOM APIs (dom.js) and shows each
// refusal next to what caused it: a field's rule at the field, a declined card at the payment
// choice, a shortage at its cart line, an unavailable service with its Retry-After at the button.
import {ApiError, customer, explain, inventory, orders, payment, storefront} from './api.js';
import {cart} from './cart.js';
import {session} from './session.js';
import {cents, el, field, formatMoney, fromCents, message, show} from './dom.js';

const PAGE_SIZE = 12;
const sessionListeners = [];

export function onSessionChange(listener) {
  sessionListeners.push(listener);
}

let noticeFresh = false;

/** A short status message at the top of the page (announced politely), kept for the next view. */
export function notify(text) {
  noticeFresh = true;
  show(document.getElementById('notice'), message('success', text));
}

/** Called on every navigation: a notice outlives the view change it announced, not the next one. */
export function ageNotice() {
  if (!noticeFresh) show(document.getElementById('notice'));
  noticeFresh = false;
}

// ---------------------------------------------------------------------------------------------
// Catalogue
// ---------------------------------------------------------------------------------------------

export async function categories(list) {
  try {
    const page = await inventory('/api/products?page=0&size=100');
    const names = [...new Set(page.items.map(p => p.category))].sort();
    show(list, el('li', {}, el('a', {href: '#/products'}, 'All products')),
        names.map(name => el('li', {}, el('a', {href: '#/products?' + new URLSearchParams({category: name})}, capitalize(name)))));
  } catch {
    show(list);
  }
  markCurrentCategory();
  window.addEventListener('hashchange', markCurrentCategory);
}

function markCurrentCategory() {
  for (const link of document.querySelectorAll('#categories a')) {
    if (link.getAttribute('href') === (location.hash || '#/products')) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

export async function catalogue(main, query) {
  const page = Math.max(0, parseInt(query.page || '0', 10) || 0);
  const params = new URLSearchParams({page: String(page), size: String(PAGE_SIZE)});
  if (query.category) params.set('category', query.category);
  if (query.q) params.set('q', query.q);
  document.getElementById('search-q').value = query.q || '';
  const title = query.q ? 'Results for “' + query.q + '”' : query.category ? capitalize(query.category) : 'All products';
  document.title = title + ' · Microserves shop';
  let result;
  try {
    result = await inventory('/api/products?' + params);
  } catch (error) {
    show(main, el('h1', {}, title), message('error', explain(error), {id: 'catalogue-error'}));
    return;
  }
  const pages = Math.max(1, Math.ceil(result.totalItems / PAGE_SIZE));
  const link = p => '#/products?' + new URLSearchParams({...query, page: String(p)});
  show(main,
      el('div', {class: 'page-title'}, el('h1', {}, title),
          el('p', {class: 'muted', id: 'result-count'}, result.totalItems + (result.totalItems === 1 ? ' product' : ' products'))),
      result.items.length === 0
          ? message('info', 'No products match. Try another search or category.')
          : el('ul', {class: 'grid', id: 'products'}, result.items.map(productCard)),
      pages > 1 ? el('nav', {class: 'pager', 'aria-label': 'Pages'},
          page > 0 ? el('a', {href: link(page - 1), rel: 'prev', id: 'page-prev'}, '← Previous') : el('span'),
          el('span', {id: 'page-of'}, 'Page ' + (page + 1) + ' of ' + pages),
          page + 1 < pages ? el('a', {href: link(page + 1), rel: 'next', id: 'page-next'}, 'Next →') : el('span')) : null);
}

function productCard(product) {
  const available = product.stock?.available ?? 0;
  const status = el('p', {class: 'cart-status', role: 'status'});
  return el('li', {class: 'card', 'data-sku': product.sku},
      thumb(product),
      el('h2', {class: 'card-title'}, el('a', {href: '#/product/' + encodeURIComponent(product.sku)}, product.name)),
      el('p', {class: 'muted small'}, capitalize(product.category)),
      el('p', {class: 'price'}, formatMoney(product.price)),
      availability(available),
      el('button', {type: 'button', class: 'button', disabled: available <= 0,
        'aria-label': 'Add ' + product.name + ' to cart',
        onclick: () => {
          cart.add(product, 1);
          status.textContent = 'Added to cart.';
        }}, available <= 0 ? 'Sold out' : 'Add to cart'),
      status);
}

function availability(available) {
  if (available <= 0) return el('p', {class: 'stock out', 'data-stock': 'out'}, 'Out of stock');
  if (available <= 5) return el('p', {class: 'stock low', 'data-stock': 'low'}, 'Only ' + available + ' left');
  return el('p', {class: 'stock in', 'data-stock': 'in'}, 'In stock');
}

// ---------------------------------------------------------------------------------------------
// Product page (the storefront's aggregation endpoint: product, stock, recommendations)
// ---------------------------------------------------------------------------------------------

export async function product(main, sku) {
  let page;
  try {
    page = await storefront('/api/storefront/products/' + encodeURIComponent(sku));
  } catch (error) {
    show(main, el('h1', {}, 'Product'), message('error', error.status === 404 ? 'There is no such product.' : explain(error), {id: 'product-error'}),
        el('p', {}, el('a', {href: '#/'}, 'Back to the shop')));
    return;
  }
  const p = page.product;
  document.title = p.name + ' · Microserves shop';
  const available = page.stock?.available ?? 0;
  const status = el('p', {class: 'cart-status', id: 'add-status', role: 'status'});
  const quantity = el('input', {id: 'quantity', name: 'quantity', type: 'number', min: 1, max: Math.max(1, Math.min(available, 1000)),
    value: 1, inputmode: 'numeric', disabled: available <= 0, 'aria-describedby': 'add-status'});
  const form = el('form', {class: 'buy', id: 'buy', onsubmit: event => {
    event.preventDefault();
    const n = parseInt(quantity.value, 10);
    if (!(n >= 1 && n <= available)) {
      status.className = 'cart-status field-error';
      status.textContent = available <= 0 ? 'This product is out of stock.' : 'Choose between 1 and ' + available + '.';
      return;
    }
    cart.add(p, n);
    status.className = 'cart-status';
    show(status, n + ' added to your cart. ', el('a', {href: '#/cart'}, 'View cart'));
  }},
  el('label', {for: 'quantity'}, 'Quantity'), quantity,
  el('button', {type: 'submit', class: 'button primary', id: 'add-to-cart', disabled: available <= 0},
      available <= 0 ? 'Out of stock' : 'Add to cart'));
  const recommendations = el('section', {class: 'recommendations', id: 'recommendations', 'aria-labelledby': 'reco-title'},
      el('h2', {id: 'reco-title'}, 'Bought together'));
  show(main,
      el('nav', {class: 'crumbs', 'aria-label': 'Breadcrumb'}, el('a', {href: '#/'}, 'Shop'), ' / ',
          el('a', {href: '#/products?' + new URLSearchParams({category: p.category})}, capitalize(p.category))),
      el('article', {class: 'product', id: 'product', 'data-sku': p.sku},
          thumb(p, 'large'),
          el('div', {class: 'details'},
              el('h1', {id: 'product-name'}, p.name),
              el('p', {class: 'price large', id: 'product-price'}, formatMoney(p.price)),
              el('div', {id: 'product-stock'}, availability(available)),
              el('p', {class: 'description'}, p.description || ''),
              el('p', {class: 'muted small'}, 'SKU ' + p.sku + (p.weightGrams ? ' · ' + p.weightGrams + ' g' : '')),
              form, status)),
      recommendations);
  if ((page.degraded || []).includes('recommendations')) {
    recommendations.append(message('info', 'Recommendations are unavailable right now. Everything else on this page works.',
        {id: 'recommendations-degraded'}));
  } else if (page.recommendations.length === 0) {
    recommendations.append(el('p', {class: 'muted'}, 'No recommendations for this product yet.'));
  } else {
    const list = el('ul', {class: 'grid small', id: 'recommendation-list'});
    recommendations.append(list);
    const products = await Promise.all(page.recommendations.map(r =>
        inventory('/api/products/' + encodeURIComponent(r.sku)).then(found => ({...found, reason: r.reason})).catch(() => null)));
    products.filter(Boolean).forEach(found => list.append(el('li', {class: 'card', 'data-sku': found.sku},
        thumb(found),
        el('h3', {class: 'card-title'}, el('a', {href: '#/product/' + encodeURIComponent(found.sku)}, found.name)),
        el('p', {class: 'price'}, formatMoney(found.price)),
        el('p', {class: 'muted small'}, found.reason === 'top-seller' ? 'Top seller' : 'Often bought together'))));
  }
}

// ---------------------------------------------------------------------------------------------
// Cart
// ---------------------------------------------------------------------------------------------

export function cartPage(main) {
  document.title = 'Your cart · Microserves shop';
  const lines = cart.lines();
  if (lines.length === 0) {
    show(main, el('h1', {}, 'Your cart'), message('info', 'Your cart is empty.', {id: 'cart-empty'}),
        el('p', {}, el('a', {href: '#/', class: 'button'}, 'Continue shopping')));
    return;
  }
  show(main, el('h1', {}, 'Your cart'),
      el('table', {class: 'lines', id: 'cart-lines'},
          el('caption', {class: 'visually-hidden'}, 'Products in your cart'),
          el('thead', {}, el('tr', {}, el('th', {scope: 'col'}, 'Product'), el('th', {scope: 'col'}, 'Price'),
              el('th', {scope: 'col'}, 'Quantity'), el('th', {scope: 'col', class: 'num'}, 'Total'), el('th', {scope: 'col'}, el('span', {class: 'visually-hidden'}, 'Remove')))),
          el('tbody', {}, lines.map(line => el('tr', {'data-sku': line.sku},
              el('td', {}, el('a', {href: '#/product/' + encodeURIComponent(line.sku)}, line.name)),
              el('td', {}, formatMoney(line.price)),
              el('td', {}, el('label', {for: 'qty-' + line.sku, class: 'visually-hidden'}, 'Quantity of ' + line.name),
                  el('input', {id: 'qty-' + line.sku, type: 'number', min: 0, max: 1000, value: line.quantity, class: 'qty',
                    onchange: event => {
                      const n = Math.max(0, Math.min(1000, parseInt(event.target.value, 10) || 0));
                      cart.set(line.sku, n);
                      cartPage(main);
                    }})),
              el('td', {class: 'num'}, formatMoney(lineTotal(line))),
              el('td', {}, el('button', {type: 'button', class: 'link', 'aria-label': 'Remove ' + line.name,
                onclick: () => { cart.remove(line.sku); cartPage(main); }}, 'Remove')))))),
      el('div', {class: 'summary'},
          el('p', {}, 'Subtotal ', el('strong', {id: 'cart-subtotal'}, formatMoney(subtotal(lines)))),
          el('p', {class: 'muted small'}, 'Discounts and shipping are priced at checkout.'),
          el('a', {href: '#/checkout', class: 'button primary', id: 'checkout'}, 'Check out')));
}

function lineTotal(line) {
  return fromCents(cents(line.price.amount) * line.quantity, line.price.currency);
}

function subtotal(lines) {
  return fromCents(lines.reduce((sum, l) => sum + cents(l.price.amount) * l.quantity, 0), lines[0]?.price.currency || 'USD');
}

// ---------------------------------------------------------------------------------------------
// Checkout: address, card, promo code, place the order (one Idempotency-Key per order attempt)
// ---------------------------------------------------------------------------------------------

/** The key of the order being placed: the same on a second click or a retry of the same order. */
let attempt = null;

export async function checkout(main) {
  document.title = 'Checkout · Microserves shop';
  if (!session.token()) {
    location.hash = '#/signin?next=checkout';
    return;
  }
  const lines = cart.lines();
  if (lines.length === 0) {
    cartPage(main);
    return;
  }
  const id = session.customerId();
  let me;
  try {
    me = await customer('/api/customers/' + encodeURIComponent(id));
  } catch (error) {
    show(main, el('h1', {}, 'Checkout'), message('error', explain(error), {id: 'checkout-error'}));
    return;
  }
  const addressError = el('div', {class: 'section-error', id: 'address-error'});
  const paymentError = el('div', {class: 'section-error', id: 'payment-error'});
  const placeError = el('div', {class: 'section-error', id: 'place-error'});
  const addresses = el('fieldset', {class: 'choices', id: 'addresses'}, el('legend', {}, 'Ship to'));
  const cards = el('fieldset', {class: 'choices', id: 'cards'}, el('legend', {}, 'Pay with'));
  const promo = field('Promo code (optional)', 'promoCode', {id: 'promo-code', maxlength: 32, autocomplete: 'off',
    placeholder: 'e.g. WELCOME10', spellcheck: 'false'});
  const place = el('button', {type: 'submit', class: 'button primary large', id: 'place-order'}, 'Place order');
  const summaryLines = el('ul', {class: 'order-lines', id: 'checkout-lines'}, lines.map(line => el('li', {'data-sku': line.sku},
      el('span', {}, line.quantity + ' × ' + line.name), el('span', {class: 'num'}, formatMoney(lineTotal(line))),
      el('p', {class: 'field-error', 'data-line-error': line.sku}))));

  function drawAddresses(selected) {
    addresses.replaceChildren(el('legend', {}, 'Ship to'));
    me.addresses.forEach((a, i) => addresses.append(choice('address', a.id, selected ? a.id === selected : i === 0,
        el('strong', {}, a.label || 'Address'), ' ', [a.line1, a.line2, a.postalCode + ' ' + a.city, a.country].filter(Boolean).join(', '))));
    if (me.addresses.length === 0) addresses.append(el('p', {class: 'muted'}, 'No address yet: add one below.'));
  }
  function drawCards(selected) {
    cards.replaceChildren(el('legend', {}, 'Pay with'));
    me.paymentMethods.forEach((m, i) => cards.append(choice('card', m.id, selected ? m.id === selected : i === 0,
        m.type === 'CARD' ? capitalize(m.brand || 'card') + ' ending ' + m.last4 + ' (expires ' + m.expMonth + '/' + m.expYear + ')'
            : 'PayPal ' + m.payerEmail)));
    if (me.paymentMethods.length === 0) cards.append(el('p', {class: 'muted'}, 'No card yet: add one below.'));
  }
  drawAddresses();
  drawCards();

  const addressForm = el('form', {class: 'subform', id: 'address-form', onsubmit: async event => {
    event.preventDefault();
    const form = event.target;
    clearErrors(form);
    const body = formValues(form, ['label', 'line1', 'line2', 'city', 'postalCode', 'country']);
    if (!body.line2) delete body.line2;
    try {
      const before = new Set(me.addresses.map(a => a.id));
      await customer('/api/customers/' + encodeURIComponent(id) + '/addresses', {method: 'POST', body});
      me = await customer('/api/customers/' + encodeURIComponent(id));
      drawAddresses(me.addresses.find(a => !before.has(a.id))?.id);
      form.reset();
      form.closest('details').open = false;
      show(addressError, message('success', 'Address added.'));
    } catch (error) {
      showErrors(form, error, form.querySelector('.form-error'));
    }
  }},
  field('Label', 'label', {id: 'address-label', value: 'Home', maxlength: 50, required: true}),
  field('Street and number', 'line1', {id: 'address-line1', autocomplete: 'address-line1', maxlength: 200, required: true}),
  field('Apartment, suite (optional)', 'line2', {id: 'address-line2', autocomplete: 'address-line2', maxlength: 200}),
  el('div', {class: 'row'},
      field('Postal code', 'postalCode', {id: 'address-postal', autocomplete: 'postal-code', maxlength: 20, required: true}),
      field('City', 'city', {id: 'address-city', autocomplete: 'address-level2', maxlength: 100, required: true})),
  field('Country', 'country', {id: 'address-country', tag: 'select', autocomplete: 'country', options: countries()}),
  el('div', {class: 'form-error'}),
  el('button', {type: 'submit', class: 'button', id: 'save-address'}, 'Save address'));

  const cardForm = el('form', {class: 'subform', id: 'card-form', onsubmit: async event => {
    event.preventDefault();
    const form = event.target;
    clearErrors(form);
    const values = formValues(form, ['number', 'expMonth', 'expYear', 'cvc']);
    const card = {number: values.number.replace(/[\s-]/g, ''), expMonth: parseInt(values.expMonth, 10),
      expYear: parseInt(values.expYear, 10), cvc: values.cvc};
    try {
      // The number goes to the payment service only; the customer service keeps its token.
      const token = await payment('/api/payment-methods/tokens', {method: 'POST', body: card});
      const method = await customer('/api/customers/' + encodeURIComponent(id) + '/payment-methods', {method: 'POST',
        body: {type: 'CARD', token: token.token, brand: token.brand, last4: token.last4, expMonth: token.expMonth, expYear: token.expYear}});
      me = await customer('/api/customers/' + encodeURIComponent(id));
      drawCards(method.id);
      form.reset();
      form.closest('details').open = false;
      show(paymentError, message('success', 'Card added.'));
    } catch (error) {
      showErrors(form, error, form.querySelector('.form-error'));
    }
  }},
  field('Card number', 'number', {id: 'card-number', inputmode: 'numeric', autocomplete: 'cc-number', maxlength: 23, required: true,
    placeholder: '4242 4242 4242 4242'}),
  el('div', {class: 'row'},
      field('Month', 'expMonth', {id: 'card-month', type: 'number', min: 1, max: 12, autocomplete: 'cc-exp-month', required: true, placeholder: 'MM'}),
      field('Year', 'expYear', {id: 'card-year', type: 'number', min: 2000, max: 2100, autocomplete: 'cc-exp-year', required: true, placeholder: 'YYYY'}),
      field('CVC', 'cvc', {id: 'card-cvc', inputmode: 'numeric', autocomplete: 'cc-csc', maxlength: 4, required: true})),
  el('div', {class: 'form-error'}),
  el('button', {type: 'submit', class: 'button', id: 'save-card'}, 'Save card'));

  const orderForm = el('form', {id: 'order-form', onsubmit: async event => {
    event.preventDefault();
    if (place.disabled) return;
    for (const node of [addressError, paymentError, placeError]) node.replaceChildren();
    clearErrors(main);
    const addressId = main.querySelector('input[name=address]:checked')?.value;
    const paymentMethodId = main.querySelector('input[name=card]:checked')?.value;
    if (!addressId) return show(addressError, message('error', 'Choose or add a shipping address.'));
    if (!paymentMethodId) return show(paymentError, message('error', 'Choose or add a card.'));
    const body = {customerId: id, items: cart.lines().map(l => ({sku: l.sku, quantity: l.quantity})),
      shippingAddressId: addressId, paymentMethodId};
    const code = promo.querySelector('input').value.trim();
    if (code) body.promoCode = code;
    const fingerprint = JSON.stringify(body);
    if (!attempt || attempt.fingerprint !== fingerprint) {
      attempt = {fingerprint, key: crypto.randomUUID()};
    }
    place.disabled = true;
    place.textContent = 'Placing your order…';
    try {
      const order = await orders('/api/orders', {method: 'POST', body, headers: {'Idempotency-Key': attempt.key}});
      attempt = null;
      cart.clear();
      notify('Thank you! Your order is confirmed.');
      location.hash = '#/orders/' + order.id;
    } catch (error) {
      placeRefused(error, {addressError, paymentError, placeError, promo, lines: summaryLines});
      place.disabled = false;
      place.textContent = 'Place order';
    }
  }},
  el('section', {class: 'panel'}, el('h2', {}, 'Promo code'), promo),
  el('section', {class: 'panel', 'aria-labelledby': 'summary-title'},
      el('h2', {id: 'summary-title'}, 'Order summary'), summaryLines,
      el('p', {class: 'total-row'}, el('span', {}, 'Subtotal'), el('strong', {id: 'checkout-subtotal'}, formatMoney(subtotal(lines)))),
      el('p', {class: 'muted small'}, 'Your discount (tier and promo code) and shipping are priced by the shop when you place the order, and shown on the order.'),
      placeError, place),
  // The choices are outside this form in the document; the submit handler reads them.
  null);

  show(main, el('h1', {}, 'Checkout'),
      el('div', {class: 'checkout'},
          el('div', {class: 'col'},
              el('section', {class: 'panel', 'aria-labelledby': 'ship-title'}, el('h2', {id: 'ship-title'}, 'Shipping address'), addresses, addressError,
                  el('details', {id: 'add-address'}, el('summary', {}, 'Add an address'), addressForm)),
              el('section', {class: 'panel', 'aria-labelledby': 'pay-title'}, el('h2', {id: 'pay-title'}, 'Payment'), cards, paymentError,
                  el('details', {id: 'add-card'}, el('summary', {}, 'Add a card'), cardForm))),
          el('div', {class: 'col'}, orderForm)));
}

function placeRefused(error, {addressError, paymentError, placeError, promo, lines}) {
  const text = explain(error);
  if (error instanceof ApiError) {
    if (error.slug === 'payment-declined') return show(paymentError, message('error', text, {id: 'declined'}));
    if (error.slug === 'invalid-promo-code' || error.fieldErrors().some(e => e.field === 'promoCode')) {
      const slot = promo.querySelector('.field-error');
      slot.textContent = error.slug === 'invalid-promo-code' ? text : error.fieldErrors().find(e => e.field === 'promoCode').message;
      promo.querySelector('input').setAttribute('aria-invalid', 'true');
      promo.querySelector('input').focus();
      return;
    }
    if (error.slug === 'unknown-address') return show(addressError, message('error', text));
    if (error.slug === 'unknown-payment-method') return show(paymentError, message('error', text));
    if (error.slug === 'insufficient-stock') {
      for (const shortage of error.problem.shortages || []) {
        const slot = lines.querySelector('[data-line-error="' + CSS.escape(shortage.sku) + '"]');
        if (slot) slot.textContent = shortage.available > 0 ? 'Only ' + shortage.available + ' left: lower the quantity in your cart.'
            : 'Out of stock: remove it from your cart.';
      }
    }
  }
  show(placeError, message('error', text, {id: 'order-error'}));
}

function choice(name, value, checked, ...label) {
  const id = name + '-' + value;
  return el('div', {class: 'choice'}, el('input', {type: 'radio', name, value, id, checked}), el('label', {for: id}, label));
}

// ---------------------------------------------------------------------------------------------
// My orders, one order, cancelling
// ---------------------------------------------------------------------------------------------

export async function myOrders(main) {
  document.title = 'My orders · Microserves shop';
  if (!session.token()) {
    location.hash = '#/signin?next=orders';
    return;
  }
  let page;
  try {
    page = await orders('/api/orders?' + new URLSearchParams({customerId: session.customerId(), page: '0', size: '50'}));
  } catch (error) {
    show(main, el('h1', {}, 'My orders'), message('error', explain(error), {id: 'orders-error'}));
    return;
  }
  if (page.items.length === 0) {
    show(main, el('h1', {}, 'My orders'), message('info', 'You have no orders yet.'), el('a', {href: '#/', class: 'button'}, 'Start shopping'));
    return;
  }
  show(main, el('h1', {}, 'My orders'),
      el('table', {class: 'lines', id: 'orders'},
          el('caption', {class: 'visually-hidden'}, 'Your orders, newest first'),
          el('thead', {}, el('tr', {}, ['Placed', 'Order', 'Status', 'Items', 'Total'].map(h => el('th', {scope: 'col', class: h === 'Total' ? 'num' : null}, h)))),
          el('tbody', {}, page.items.map(o => el('tr', {'data-order': o.id},
              el('td', {}, new Date(o.createdAt).toLocaleString()),
              el('td', {}, el('a', {href: '#/orders/' + o.id}, '#' + o.id.slice(0, 8))),
              el('td', {}, badge(o.status)),
              el('td', {}, String(o.lines.reduce((n, l) => n + l.quantity, 0))),
              el('td', {class: 'num'}, formatMoney(o.total)))))));
}

export async function order(main, orderId) {
  document.title = 'Order · Microserves shop';
  if (!session.token()) {
    location.hash = '#/signin?next=orders';
    return;
  }
  let o;
  try {
    o = await orders('/api/orders/' + encodeURIComponent(orderId));
  } catch (error) {
    show(main, el('h1', {}, 'Order'), message('error', error.status === 404 ? 'There is no such order.' : explain(error), {id: 'order-error'}));
    return;
  }
  const names = Object.fromEntries(await Promise.all(o.lines.map(l =>
      inventory('/api/products/' + encodeURIComponent(l.sku)).then(p => [l.sku, p.name]).catch(() => [l.sku, l.sku]))));
  const cancelError = el('div', {class: 'section-error', id: 'cancel-error'});
  const cancel = o.status === 'CONFIRMED' ? el('button', {type: 'button', class: 'button danger', id: 'cancel-order', onclick: async () => {
    cancel.disabled = true;
    cancelError.replaceChildren();
    try {
      await orders('/api/orders/' + encodeURIComponent(o.id) + '/cancel', {method: 'POST'});
      notify('Your order is cancelled; the payment is refunded in full.');
      await order(main, orderId);
    } catch (error) {
      cancel.disabled = false;
      show(cancelError, message('error', explain(error)));
    }
  }}, 'Cancel order') : null;
  const a = o.shippingAddress || {};
  show(main,
      el('nav', {class: 'crumbs', 'aria-label': 'Breadcrumb'}, el('a', {href: '#/orders'}, 'My orders'), ' / ', '#' + o.id.slice(0, 8)),
      el('div', {class: 'page-title'}, el('h1', {}, 'Order #' + o.id.slice(0, 8)), el('span', {id: 'order-status'}, badge(o.status))),
      o.failureReason ? message('warning', 'This order was not completed: ' + o.failureReason) : null,
      el('div', {class: 'checkout'},
          el('section', {class: 'panel col', 'aria-labelledby': 'lines-title'}, el('h2', {id: 'lines-title'}, 'Items'),
              el('ul', {class: 'order-lines', id: 'order-lines'}, o.lines.map(l => el('li', {'data-sku': l.sku},
                  el('span', {}, l.quantity + ' × ' + names[l.sku], el('span', {class: 'muted small'}, ' at ' + formatMoney(l.unitPrice))),
                  el('span', {class: 'num'}, formatMoney(l.lineTotal))))),
              totalRow('Subtotal', o.subtotal, 'order-subtotal'),
              totalRow('Discount' + (o.promoCode ? ' (' + o.promoCode + ')' : ''), o.discount && Number(o.discount.amount) > 0
                  ? {...o.discount, amount: '-' + o.discount.amount} : o.discount, 'order-discount'),
              totalRow('Shipping', o.shipping, 'order-shipping'),
              el('p', {class: 'total-row grand'}, el('span', {}, 'Total'), el('strong', {id: 'order-total'}, formatMoney(o.total)))),
          el('section', {class: 'panel col', 'aria-labelledby': 'addr-title'}, el('h2', {id: 'addr-title'}, 'Shipping to'),
              el('address', {id: 'order-address'}, [a.label, a.line1, a.line2, [a.postalCode, a.city].filter(Boolean).join(' '), a.country]
                  .filter(Boolean).map(line => el('span', {class: 'line'}, line))),
              el('p', {class: 'muted small'}, 'Placed ' + new Date(o.createdAt).toLocaleString()),
              cancel, cancelError)));
}

function totalRow(label, money, id) {
  return el('p', {class: 'total-row'}, el('span', {}, label), el('span', {id}, money ? formatMoney(money) : '—'));
}

function badge(status) {
  return el('span', {class: 'badge ' + String(status).toLowerCase(), 'data-status': status}, capitalize(String(status).toLowerCase()));
}

// ---------------------------------------------------------------------------------------------
// Sign in, sign up
// ---------------------------------------------------------------------------------------------

export function signIn(main, query) {
  document.title = 'Sign in · Microserves shop';
  const formError = el('div', {class: 'form-error', id: 'signin-error'});
  show(main, el('div', {class: 'narrow'}, el('h1', {}, 'Sign in'),
      el('form', {id: 'signin-form', class: 'panel', onsubmit: async event => {
        event.preventDefault();
        const form = event.target;
        clearErrors(form);
        const body = formValues(form, ['email', 'password']);
        try {
          await signInWith(body.email, body.password);
          location.hash = next(query);
        } catch (error) {
          showErrors(form, error, formError);
        }
      }},
      field('E-mail', 'email', {id: 'signin-email', type: 'email', autocomplete: 'username', required: true, maxlength: 254}),
      field('Password', 'password', {id: 'signin-password', type: 'password', autocomplete: 'current-password', required: true}),
      formError,
      el('button', {type: 'submit', class: 'button primary', id: 'signin-submit'}, 'Sign in')),
      el('p', {}, 'New here? ', el('a', {href: '#/signup' + (query.next ? '?next=' + encodeURIComponent(query.next) : '')}, 'Create an account'))));
  main.querySelector('#signin-email').focus();
}

export function signUp(main, query) {
  document.title = 'Create an account · Microserves shop';
  const formError = el('div', {class: 'form-error', id: 'signup-error'});
  show(main, el('div', {class: 'narrow'}, el('h1', {}, 'Create an account'),
      el('form', {id: 'signup-form', class: 'panel', onsubmit: async event => {
        event.preventDefault();
        const form = event.target;
        clearErrors(form);
        const body = formValues(form, ['name', 'email', 'password']);
        try {
          await customer('/api/customers', {method: 'POST', body, token: null});
          await signInWith(body.email, body.password);
          notify('Welcome, ' + body.name + '! Your account is ready.');
          location.hash = next(query);
        } catch (error) {
          showErrors(form, error, formError);
        }
      }},
      field('Name', 'name', {id: 'signup-name', autocomplete: 'name', required: true, maxlength: 100}),
      field('E-mail', 'email', {id: 'signup-email', type: 'email', autocomplete: 'email', required: true, maxlength: 254}),
      field('Password (at least 12 characters)', 'password', {id: 'signup-password', type: 'password', autocomplete: 'new-password',
        required: true, minlength: 12}),
      formError,
      el('button', {type: 'submit', class: 'button primary', id: 'signup-submit'}, 'Create account')),
      el('p', {}, 'Have an account? ', el('a', {href: '#/signin' + (query.next ? '?next=' + encodeURIComponent(query.next) : '')}, 'Sign in'))));
  main.querySelector('#signup-name').focus();
}

async function signInWith(email, password) {
  const token = await customer('/api/auth/token', {method: 'POST', body: {email, password}, token: null});
  session.signIn(token.accessToken);
  sessionListeners.forEach(listener => listener());
}

function next(query) {
  return {checkout: '#/checkout', orders: '#/orders', cart: '#/cart'}[query.next] || '#/';
}

// ---------------------------------------------------------------------------------------------
// Forms
// ---------------------------------------------------------------------------------------------

function formValues(form, names) {
  return Object.fromEntries(names.map(name => [name, (form.elements[name]?.value ?? '').trim()]));
}

function clearErrors(root) {
  root.querySelectorAll('.field-error').forEach(node => { node.textContent = ''; });
  root.querySelectorAll('[aria-invalid]').forEach(node => node.removeAttribute('aria-invalid'));
  root.querySelectorAll('.form-error').forEach(node => node.replaceChildren());
}

/** A validation refusal at its fields; anything else (or a field this form lacks) in formError. */
function showErrors(form, error, formError) {
  const unplaced = [];
  let first = null;
  for (const fieldError of error instanceof ApiError ? error.fieldErrors() : []) {
    const name = String(fieldError.field).split('.').pop();
    const slot = form.querySelector('[data-error-for="' + CSS.escape(name) + '"]');
    if (slot) {
      slot.textContent = capitalize(fieldError.message) + '.';
      const input = form.elements[name];
      input?.setAttribute('aria-invalid', 'true');
      first = first || input;
    } else {
      unplaced.push(fieldError.field + ' ' + fieldError.message);
    }
  }
  if (first) first.focus();
  if (!first || unplaced.length) {
    show(formError, message('error', first ? unplaced.join('; ') : explain(error)));
  }
}

function countries() {
  return [['US', 'United States'], ['CA', 'Canada'], ['GB', 'United Kingdom'], ['DE', 'Germany'], ['FR', 'France'],
    ['NL', 'Netherlands'], ['CH', 'Switzerland'], ['IT', 'Italy'], ['ES', 'Spain'], ['SE', 'Sweden'], ['AU', 'Australia'], ['JP', 'Japan']]
      .map(([code, name]) => el('option', {value: code}, name));
}

function capitalize(text) {
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : '';
}

/** A product's picture stand-in: its initials on a colour chosen by its category. */
function thumb(product, size = '') {
  const tone = [...String(product.category)].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 6, 0);
  return el('div', {class: ('thumb ' + size).trim(), 'data-tone': tone, 'aria-hidden': 'true'}, initials(product.name));
}

function initials(name) {
  return String(name || '?').split(/\s+/).filter(Boolean).slice(0, 2).map(w => w.charAt(0).toUpperCase()).join('');
}
