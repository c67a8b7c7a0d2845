// Draws the toolbar icons (public/icons/icon-N.png): two rail tracks that cross, on teal.
// Run once after changing the design: `node scripts/make-icons.mjs`. No image tools needed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
};

function icon(size) {
  const rows = [];
  const r = size * 0.2;
  for (let y = 0; y < size; y++) {
    const row = [0];
    for (let x = 0; x < size; x++) {
      const u = (x + 0.5) / size, v = (y + 0.5) / size;
      const dx = Math.max(0, Math.abs(x + 0.5 - size / 2) - (size / 2 - r));
      const dy = Math.max(0, Math.abs(y + 0.5 - size / 2) - (size / 2 - r));
      const inside = dx * dx + dy * dy <= r * r;
      const straight = Math.abs(v - 0.32) < 0.07;
      const curve = Math.abs(v - (0.32 + 0.4 * Math.min(1, Math.max(0, (u - 0.2) / 0.6)))) < 0.07 && u > 0.2;
      const lower = Math.abs(v - 0.72) < 0.07 && u > 0.75;
      let px = [0, 0, 0, 0];
      if (inside) px = straight || curve || lower ? [255, 255, 255, 255] : [15, 118, 110, 255];
      row.push(...px);
    }
    rows.push(Buffer.from(row));
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('public/icons', { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(`public/icons/icon-${size}.png`, icon(size));
