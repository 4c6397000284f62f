/**
 * Draws the add-in's icons (a ranking mark: three white bars of falling length on a rounded blue square,
 * the first bar ticked in green) and writes them as PNG files into `assets/`. Run with `npm run make-icons`;
 * the PNGs are committed. No image library: the PNG is encoded here with Node's zlib, and every pixel is
 * the average of 4 x 4 samples, so edges stay smooth at 16 px. The output is byte-stable.
 */
import { deflateSync } from "node:zlib";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Ribbon icons (16, 32, 80), the add-in's icon (32, 64 on high DPI screens) and a store-listing size. */
export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

type Rgb = readonly [number, number, number];
const BACKGROUND: Rgb = [0x0f, 0x6c, 0xbd]; // Fluent's brand blue, as Office's own ribbon icons use
const BAR: Rgb = [0xff, 0xff, 0xff];
const TICK: Rgb = [0x6c, 0xcb, 0x5f];

/** A shape in the unit square: which colour covers the point (x, y), if any (last match wins). */
type Layer = { readonly colour: Rgb; readonly covers: (x: number, y: number) => boolean };

function roundedRect(left: number, top: number, right: number, bottom: number, radius: number) {
  return (x: number, y: number): boolean => {
    if (x < left || x > right || y < top || y > bottom) return false;
    const cx = Math.min(Math.max(x, left + radius), right - radius);
    const cy = Math.min(Math.max(y, top + radius), bottom - radius);
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
  };
}

/** A thick line segment from (x1, y1) to (x2, y2) with round ends. */
function stroke(x1: number, y1: number, x2: number, y2: number, width: number) {
  return (x: number, y: number): boolean => {
    const dx = x2 - x1;
    const dy = y2 - y1;
    const t = Math.min(1, Math.max(0, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)));
    return (x - (x1 + t * dx)) ** 2 + (y - (y1 + t * dy)) ** 2 <= (width / 2) ** 2;
  };
}

const LAYERS: readonly Layer[] = [
  { colour: BACKGROUND, covers: roundedRect(0, 0, 1, 1, 0.18) },
  // Ranked bars: longest first, as the Ranked Results table lists the options.
  { colour: BAR, covers: roundedRect(0.36, 0.17, 0.84, 0.33, 0.05) },
  { colour: BAR, covers: roundedRect(0.36, 0.42, 0.72, 0.58, 0.05) },
  { colour: BAR, covers: roundedRect(0.36, 0.67, 0.6, 0.83, 0.05) },
  // A tick beside the first bar: the preferred option.
  { colour: TICK, covers: (x, y) => stroke(0.1, 0.25, 0.17, 0.32, 0.07)(x, y) || stroke(0.17, 0.32, 0.29, 0.15, 0.07)(x, y) },
];

const SAMPLES = 4;

/** RGBA pixels, row by row. */
export function drawIcon(size: number): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          let colour: Rgb | undefined;
          for (const layer of LAYERS) if (layer.covers(x, y)) colour = layer.colour;
          if (colour) {
            r += colour[0];
            g += colour[1];
            b += colour[2];
            a += 1;
          }
        }
      }
      const at = (py * size + px) * 4;
      // Colour averaged over the covered samples (no dark fringe), coverage as alpha.
      pixels[at] = a ? Math.round(r / a) : 0;
      pixels[at + 1] = a ? Math.round(g / a) : 0;
      pixels[at + 2] = a ? Math.round(b / a) : 0;
      pixels[at + 3] = Math.round((255 * a) / (SAMPLES * SAMPLES));
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An 8-bit RGBA PNG (colour type 6), every row with filter 0. */
export function encodePng(size: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0;
    Buffer.from(rgba.subarray(y * size * 4, (y + 1) * size * 4)).copy(rows, y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", new Uint8Array(0)),
  ]);
}

export function iconFileName(size: number): string {
  return `icon-${size}.png`;
}

export function makeIcons(folder: string): string[] {
  mkdirSync(folder, { recursive: true });
  return ICON_SIZES.map((size) => {
    const file = join(folder, iconFileName(size));
    writeFileSync(file, encodePng(size, drawIcon(size)));
    return file;
  });
}

if (require.main === module) {
  const folder = process.argv[2] ?? join(process.cwd(), "assets");
  for (const file of makeIcons(folder)) process.stdout.write(`Written ${file}\n`);
}
