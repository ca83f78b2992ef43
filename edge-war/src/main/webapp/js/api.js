// Calls to the storefront (same origin) and to the services it names in /api/storefront/config
// (cross-origin, allowed by their CORS configuration). The token is sent in Authorization only.
import {session} from './session.js';

let config;

export async function loadConfig() {
  config = await call('GET', '/api/storefront/config');
  return config;
}

export const storefront = (path, options) => call(options?.method || 'GET', path, options);
export const customer = (path, options) => call(options?.method || 'GET', config.customerUrl + path, options);
export const inventory = (path, options) => call(options?.method || 'GET', config.inventoryUrl + path, options);
export const orders = (path, options) => call(options?.method || 'GET', config.orderUrl + path, options);
export const payment = (path, options) => call(options?.method || 'GET', config.paymentUrl + path, options);

/** A refusal or failure, with what the page shows about it. */
export class ApiError extends Error {
  constructor(status, problem, retryAfter) {
    super(problem?.detail || problem?.title || 'Request failed (' + status + ')');
    this.status = status;
    this.problem = problem || {};
    this.retryAfter = retryAfter;
    this.slug = (this.problem.type || '').split('/').pop();
  }

  /** The errors of one field ("email", "items[0].quantity") from a validation problem. */
  fieldErrors() {
    return Array.isArray(this.problem.errors) ? this.problem.errors : [];
  }
}

async function call(method, url, {body, token = session.token(), headers = {}} = {}) {
  const request = {method, headers: {Accept: 'application/json, application/problem+json', ...headers}};
  if (token) request.headers.Authorization = 'Bearer ' + token;
  if (body !== undefined) {
    request.headers['Content-Type'] = 'application/json';
    request.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(url, {...request, credentials: 'omit', cache: 'no-store'});
  } catch {
    throw new ApiError(0, {title: 'Unreachable', detail: 'The shop could not reach one of its services. Check your connection and try again.'});
  }
  const text = await response.text();
  let data = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  if (!response.ok) {
    throw new ApiError(response.status, data, response.headers.get('Retry-After'));
  }
  return data;
}

/** Plain words for a refusal; "retry in" from Retry-After where the service gave one. */
export function explain(error) {
  if (!(error instanceof ApiError)) return 'Something went wrong: ' + error.message;
  const retry = error.retryAfter ? ' Please try again in ' + error.retryAfter + ' seconds.' : ' Please try again shortly.';
  switch (error.slug) {
    case 'payment-declined':
      return 'Your card was declined' + (declineReasons[error.problem.declineCode] || '') + '. Choose another card or add a new one.';
    case 'insufficient-stock':
      return 'Not enough stock for this order: ' + (error.problem.shortages || [])
          .map(s => s.sku + ' (you asked for ' + s.requested + ', ' + s.available + ' available)').join('; ') + '.';
    case 'invalid-promo-code':
      return 'This promo code does not apply: ' + sentence(error.problem.detail || 'unknown or expired code');
    case 'dependency-unavailable':
    case 'processor-unavailable':
      return 'Part of the shop is unavailable right now (' + (error.problem.detail || error.problem.title || 'a service is down') + ').' + retry;
    case 'rate-limited':
      return 'Too many requests from this browser.' + retry;
    case 'email-taken':
      return 'An account with this e-mail address exists already. Sign in instead.';
    default:
      break;
  }
  if (error.status === 401) return 'Wrong e-mail address or password.';
  if (error.status === 429) return 'Too many attempts.' + retry;
  if (error.status === 503 || error.status === 502 || error.status === 504) return 'The service is unavailable right now.' + retry;
  if (error.status === 0) return error.message;
  return error.problem.detail || error.problem.title || error.message;
}

/** Ends a service's detail with exactly one full stop. */
function sentence(text) {
  return /[.!?]$/.test(text) ? text : text + '.';
}

const declineReasons = {
  card_declined: ' by its bank',
  insufficient_funds: ': insufficient funds',
  expired_card: ': the card has expired',
  paypal_declined: ' by PayPal',
};
