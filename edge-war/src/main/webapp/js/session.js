// The signed-in customer's token, in sessionStorage only: never in a cookie (nothing is sent to
// the servers unasked) and never in a URL. It ends with the tab, or at sign-out.
const KEY = 'microserves.token';

export const session = {
  token() {
    const token = sessionStorage.getItem(KEY);
    if (token && expired(token)) {
      sessionStorage.removeItem(KEY);
      return null;
    }
    return token;
  },
  signIn(token) {
    sessionStorage.setItem(KEY, token);
  },
  signOut() {
    sessionStorage.removeItem(KEY);
  },
  /** The customer id: the token's subject (read, not verified: the services verify it). */
  customerId() {
    const token = this.token();
    return token ? claims(token).sub : null;
  },
};

function claims(token) {
  try {
    const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    return JSON.parse(atob(payload.padEnd(payload.length + (4 - payload.length % 4) % 4, '=')));
  } catch {
    return {};
  }
}

function expired(token) {
  const exp = claims(token).exp;
  return typeof exp === 'number' && exp * 1000 < Date.now();
}
