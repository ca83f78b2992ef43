// The storefront page: hash routes (#/, #/product/SKU, #/cart, #/checkout, #/signin, #/signup,
// #/orders, #/orders/ID), each drawn by a view into <main>.
import {loadConfig} from './api.js';
import {cart} from './cart.js';
import {session} from './session.js';
import {el, message, show} from './dom.js';
import * as views from './views.js';

const main = document.getElementById('main');

const routes = [
  [/^#?\/?$/, () => views.catalogue(main, {})],
  [/^#\/products$/, (m, query) => views.catalogue(main, query)],
  [/^#\/product\/([^/]+)$/, m => views.product(main, decodeURIComponent(m[1]))],
  [/^#\/cart$/, () => views.cartPage(main)],
  [/^#\/checkout$/, () => views.checkout(main)],
  [/^#\/signin$/, (m, query) => views.signIn(main, query)],
  [/^#\/signup$/, (m, query) => views.signUp(main, query)],
  [/^#\/orders$/, () => views.myOrders(main)],
  [/^#\/orders\/([0-9a-fA-F-]+)$/, m => views.order(main, m[1])],
];

async function route() {
  const [path, search = ''] = location.hash.split('?');
  const query = Object.fromEntries(new URLSearchParams(search));
  for (const [pattern, view] of routes) {
    const match = path.match(pattern);
    if (match) {
      main.setAttribute('aria-busy', 'true');
      try {
        await view(match, query);
      } catch (error) {
        show(main, message('error', 'This page could not be shown: ' + error.message));
      } finally {
        main.removeAttribute('aria-busy');
        main.dataset.route = path || '#/';
      }
      return;
    }
  }
  show(main, el('h1', {}, 'Page not found'), el('p', {}, el('a', {href: '#/'}, 'Back to the shop')));
}

function refreshHeader() {
  document.getElementById('cart-count').textContent = String(cart.count());
  const signedIn = Boolean(session.token());
  document.querySelectorAll('.signed-in').forEach(node => { node.hidden = !signedIn; });
  document.querySelectorAll('.signed-out').forEach(node => { node.hidden = signedIn; });
}

async function start() {
  try {
    await loadConfig();
  } catch (error) {
    show(main, message('error', 'The shop could not start: ' + error.message));
    return;
  }
  document.getElementById('search').addEventListener('submit', event => {
    event.preventDefault();
    const q = document.getElementById('search-q').value.trim();
    location.hash = '#/products' + (q ? '?' + new URLSearchParams({q}) : '');
  });
  document.getElementById('sign-out').addEventListener('click', () => {
    session.signOut();
    refreshHeader();
    views.notify('You are signed out.');
    location.hash = '#/';
  });
  cart.onChange(refreshHeader);
  window.addEventListener('hashchange', () => {
    views.ageNotice();
    refreshHeader();
    // The new view gets the focus (screen readers read it), unless it focused a field itself.
    route().then(() => {
      if (!main.contains(document.activeElement) || document.activeElement === document.body) main.focus();
    });
  });
  window.addEventListener('storage', refreshHeader);
  views.onSessionChange(refreshHeader);
  refreshHeader();
  views.categories(document.getElementById('categories'));
  await route();
}

start();
