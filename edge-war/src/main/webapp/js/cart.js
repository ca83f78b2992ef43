// The cart lives in this browser (localStorage): sku, name, unit price and quantity per line.
// Prices here are what the catalogue showed; the order service prices the order itself.
const KEY = 'microserves.cart';
const listeners = [];

export const cart = {
  lines() {
    try {
      const lines = JSON.parse(localStorage.getItem(KEY) || '[]');
      return Array.isArray(lines) ? lines : [];
    } catch {
      return [];
    }
  },
  add(product, quantity) {
    const lines = this.lines();
    const line = lines.find(l => l.sku === product.sku);
    if (line) line.quantity = Math.min(1000, line.quantity + quantity);
    else lines.push({sku: product.sku, name: product.name, price: product.price, quantity});
    save(lines);
  },
  set(sku, quantity) {
    save(this.lines().map(l => l.sku === sku ? {...l, quantity} : l).filter(l => l.quantity > 0));
  },
  remove(sku) {
    save(this.lines().filter(l => l.sku !== sku));
  },
  clear() {
    save([]);
  },
  count() {
    return this.lines().reduce((sum, l) => sum + l.quantity, 0);
  },
  onChange(listener) {
    listeners.push(listener);
  },
};

function save(lines) {
  localStorage.setItem(KEY, JSON.stringify(lines));
  listeners.forEach(listener => listener());
}
