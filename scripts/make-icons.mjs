// Draws the toolbar icon (two overlapping circles: two people, common ground
// where they meet) as PNGs into public/. Run once; the PNGs are committed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
};

function png(size) {
  const left = [0.38, 0.5, 0.3];
  const right = [0.62, 0.5, 0.3];
  const inside = ([cx, cy, r], x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r ** 2;
  const rows = [];
  const samples = 4; // supersampling for smooth edges
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < samples; sy++)
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          const inL = inside(left, x, y);
          const inR = inside(right, x, y);
          // Blue-grey and plum people; warm gold where they overlap.
          const colour = inL && inR ? [201, 148, 42] : inL ? [75, 111, 138] : inR ? [122, 92, 142] : null;
          if (colour) {
            r += colour[0];
            g += colour[1];
            b += colour[2];
            a += 255;
          }
        }
      const n = samples * samples;
      const hit = a / 255 || 1;
      row.set([Math.round(r / hit), Math.round(g / hit), Math.round(b / hit), Math.round(a / n)], 1 + px * 4);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('public', { recursive: true });
// 96: the size the Chrome Web Store shows on its listing (issue 18).
for (const size of [16, 32, 48, 96, 128]) writeFileSync(`public/icon-${size}.png`, png(size));
console.log('public/icon-{16,32,48,96,128}.png written');
