// The signed-in customer of the demo: a profile, a few orders and saved settings. Dates are
// relative to today so the account always looks current.

export interface Product {
  slug: string;
  name: string;
  price: number;
}

export interface OrderLine {
  product: Product;
  qty: number;
}

export type OrderStatus = 'Processing' | 'Dispatched' | 'Delivered' | 'Refunded';

export interface Order {
  id: string;
  placed: Date;
  status: OrderStatus;
  lines: OrderLine[];
  delivery: { service: string; price: number; tracking?: string };
  events: Array<{ at: Date; text: string }>;
}

export interface Settings {
  name: string;
  email: string;
  phone: string;
  newsletter: boolean;
}

const products: Record<string, Product> = {
  level600: { slug: 'box-beam-level-600', name: 'Box Beam Spirit Level, 600 mm', price: 34.5 },
  square: { slug: 'combination-square', name: 'Combination Square, 300 mm', price: 27 },
  tape: { slug: 'tape-measure-8m', name: 'Tape Measure, 8 m / 26 ft', price: 16.5 },
  chalk: { slug: 'chalk-line-reel', name: 'Chalk Line Reel, 30 m', price: 12.75 },
  digital: { slug: 'digital-level-600', name: 'Digital Level, 600 mm', price: 89 },
  post: { slug: 'post-level', name: 'Post & Pipe Level', price: 9.5 },
};

const daysAgo = (days: number, hour = 10, minute = 0) => {
  const date = new Date();
  date.setDate(date.getDate() - days);
  date.setHours(hour, minute, 0, 0);
  return date;
};

export const customer = {
  memberSince: daysAgo(700),
  address: ['Alex Morgan', '12 Mill Lane', 'Hebden Bridge', 'HX7 8AD'],
};

export const orders: Order[] = [
  {
    id: '10418',
    placed: daysAgo(1, 9, 12),
    status: 'Dispatched',
    lines: [{ product: products.tape, qty: 2 }, { product: products.chalk, qty: 1 }],
    delivery: { service: 'Standard, 2\u20133 working days', price: 4.95, tracking: 'HX4 8812 0967 GB' },
    events: [
      { at: daysAgo(1, 9, 12), text: 'Order placed' },
      { at: daysAgo(1, 13, 40), text: 'Packed in our Halifax workshop' },
      { at: daysAgo(0, 7, 55), text: 'With the carrier, in transit' },
    ],
  },
  {
    id: '10412',
    placed: daysAgo(6, 19, 3),
    status: 'Delivered',
    lines: [{ product: products.level600, qty: 1 }, { product: products.square, qty: 1 }],
    delivery: { service: 'Standard, 2\u20133 working days', price: 0, tracking: 'HX4 8790 3321 GB' },
    events: [
      { at: daysAgo(6, 19, 3), text: 'Order placed' },
      { at: daysAgo(5, 11, 20), text: 'Packed in our Halifax workshop' },
      { at: daysAgo(5, 17, 45), text: 'With the carrier, in transit' },
      { at: daysAgo(3, 12, 31), text: 'Delivered, left with a neighbour at number 14' },
    ],
  },
  {
    id: '10297',
    placed: daysAgo(48, 8, 41),
    status: 'Refunded',
    lines: [{ product: products.digital, qty: 1 }, { product: products.post, qty: 2 }],
    delivery: { service: 'Next working day', price: 7.95, tracking: 'HX4 8311 0450 GB' },
    events: [
      { at: daysAgo(48, 8, 41), text: 'Order placed' },
      { at: daysAgo(48, 12, 5), text: 'Packed in our Halifax workshop' },
      { at: daysAgo(47, 10, 16), text: 'Delivered to the front door' },
      { at: daysAgo(40, 15, 0), text: 'Return received: Digital Level, 600 mm' },
      { at: daysAgo(39, 9, 30), text: 'Refund of \u00a389.00 issued to your card ending 4242' },
    ],
  },
];

export const findOrder = (id: string) => orders.find((order) => order.id === id.replace(/^LP-/i, ''));
export const subtotal = (order: Order) => order.lines.reduce((sum, line) => sum + line.product.price * line.qty, 0);
export const total = (order: Order) => subtotal(order) + order.delivery.price;

const SETTINGS_KEY = 'lp-account-settings';
const defaults: Settings = { name: 'Alex Morgan', email: 'alex.morgan@example.com', phone: '07700 900123', newsletter: false };

export function loadSettings(): Settings {
  try {
    return { ...defaults, ...(JSON.parse(localStorage.getItem(SETTINGS_KEY) || '{}') as Partial<Settings>) };
  } catch {
    return { ...defaults };
  }
}

export function saveSettings(settings: Settings): void {
  try {
    localStorage.setItem(SETTINGS_KEY, JSON.stringify(settings));
  } catch {
    // Storage may be unavailable (private mode); the settings then last for this page only.
  }
}
