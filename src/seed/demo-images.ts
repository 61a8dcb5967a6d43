/**
 * Generated demo pictures. Each demo image is drawn as an SVG illustration of
 * its motif in its palette, then rasterised with sharp. Everything is derived
 * from the image key through a seeded PRNG, so the same image always produces
 * the same bytes (content-hashed file names stay stable between seeds).
 */
import sharp from 'sharp';
import type { DemoImage } from './demo-types.js';
import { seededRandom, type SeededRandom } from '../domain/seeded-random.js';

export const DEMO_IMAGE_WIDTHS = [480, 960, 1600] as const;
/** Aspect ratio (width / height) the illustrations are composed for. */
export const demoImageAspect = 16 / 9;

/** Height that matches `width` at the demo aspect ratio. */
export function demoImageHeight(width: number): number {
  return Math.round(width / demoImageAspect);
}

const JPEG_QUALITY = 78;
const WEBP_QUALITY = 75;

/** Internal drawing size; the SVG is scaled (and cropped if needed) to the requested size. */
const W = 1600;
const H = 900;

export async function renderDemoImage(
  image: DemoImage,
  width: number,
  height: number,
  format: 'jpeg' | 'webp',
): Promise<Buffer> {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1 || width > 8000 || height > 8000)
    throw new RangeError(`Demo images need whole-number sizes from 1 to 8000 px, not ${width}×${height}.`);
  const svg = demoImageSvg(image, width, height);
  const raster = sharp(Buffer.from(svg), { density: 72 }).resize(width, height, { fit: 'cover' });
  return format === 'jpeg'
    ? raster.jpeg({ quality: JPEG_QUALITY, mozjpeg: true, chromaSubsampling: '4:2:0' }).toBuffer()
    : raster.webp({ quality: WEBP_QUALITY, effort: 4 }).toBuffer();
}

/** The SVG source of a demo image (exported for tests and debugging). */
export function demoImageSvg(image: DemoImage, width: number, height: number): string {
  const rng = mulberry32(hashString(`${image.key}|${image.motif}|${image.palette.join(',')}`));
  const pal = paletteRoles(image.palette);
  const body = MOTIFS[image.motif](rng, pal);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${W} ${H}" preserveAspectRatio="xMidYMid slice">` +
    body +
    `</svg>`
  );
}

// --- deterministic randomness -------------------------------------------------

type Rng = SeededRandom;

const mulberry32 = seededRandom;

/** FNV-1a, 32 bit. */
function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const between = (rng: Rng, min: number, max: number) => min + (max - min) * rng();
const n = (value: number) => (Math.round(value * 10) / 10).toString();

// --- colours -----------------------------------------------------------------

interface Rgb {
  r: number;
  g: number;
  b: number;
}

function parseColor(colour: string): Rgb | null {
  const hex = colour.trim().replace(/^#/, '');
  if (/^[0-9a-f]{3}$/i.test(hex)) {
    const [r, g, b] = Array.from(hex, (c) => parseInt(c + c, 16));
    return { r: r!, g: g!, b: b! };
  }
  if (/^[0-9a-f]{6}$/i.test(hex)) {
    return { r: parseInt(hex.slice(0, 2), 16), g: parseInt(hex.slice(2, 4), 16), b: parseInt(hex.slice(4, 6), 16) };
  }
  return null;
}

const toHex = ({ r, g, b }: Rgb) =>
  '#' + [r, g, b].map((v) => Math.max(0, Math.min(255, Math.round(v))).toString(16).padStart(2, '0')).join('');

function mix(a: string, b: string, t: number): string {
  const x = parseColor(a) ?? { r: 128, g: 128, b: 128 };
  const y = parseColor(b) ?? { r: 128, g: 128, b: 128 };
  return toHex({ r: x.r + (y.r - x.r) * t, g: x.g + (y.g - x.g) * t, b: x.b + (y.b - x.b) * t });
}

function luminance(colour: string): number {
  const c = parseColor(colour) ?? { r: 128, g: 128, b: 128 };
  const lin = (v: number) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
}

interface Palette {
  c0: string;
  c1: string;
  c2: string;
  darkest: string;
  lightest: string;
}

/** Normalises the palette to hex colours and names the roles the motifs use. */
function paletteRoles(palette: readonly string[]): Palette {
  const hexes = palette.map((c) => (parseColor(c) ? toHex(parseColor(c)!) : null)).filter((c): c is string => c !== null);
  const c0 = hexes[0] ?? '#1d3557';
  const c1 = hexes[1] ?? mix(c0, '#ffffff', 0.5);
  const c2 = hexes[2] ?? mix(c0, c1, 0.5);
  const sorted = [c0, c1, c2].sort((a, b) => luminance(a) - luminance(b));
  return { c0, c1, c2, darkest: sorted[0]!, lightest: sorted[2]! };
}

// --- shared pieces -------------------------------------------------------------

const linear = (id: string, stops: [number, string][], vertical = true) =>
  `<linearGradient id="${id}" x1="0" y1="0" x2="${vertical ? 0 : 1}" y2="${vertical ? 1 : 0}">` +
  stops.map(([o, c]) => `<stop offset="${o}" stop-color="${c}"/>`).join('') +
  `</linearGradient>`;

const radial = (id: string, colour: string, opacity: number) =>
  `<radialGradient id="${id}"><stop offset="0" stop-color="${colour}" stop-opacity="${opacity}"/>` +
  `<stop offset="1" stop-color="${colour}" stop-opacity="0"/></radialGradient>`;

const rect = (x: number, y: number, w: number, h: number, fill: string, extra = '') =>
  `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" fill="${fill}"${extra}/>`;

const circle = (cx: number, cy: number, r: number, fill: string, extra = '') =>
  `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}" fill="${fill}"${extra}/>`;

function sky(top: string, bottom: string): string {
  return `<defs>${linear('sky', [[0, top], [1, bottom]])}</defs>${rect(0, 0, W, H, 'url(#sky)')}`;
}

function sun(rng: Rng, colour: string, yMin: number, yMax: number): string {
  const cx = between(rng, 0.15, 0.85) * W;
  const cy = between(rng, yMin, yMax) * H;
  const r = between(rng, 55, 95);
  return (
    `<defs>${radial('halo', colour, 0.55)}</defs>` +
    circle(cx, cy, r * 3.2, 'url(#halo)') +
    circle(cx, cy, r, colour, ' fill-opacity="0.92"')
  );
}

/** A jagged or smooth horizon line as a closed path down to the bottom edge. */
function ridgePath(rng: Rng, base: number, amplitude: number, step: number, smooth: boolean): { d: string; peaks: [number, number][] } {
  const points: [number, number][] = [];
  let y = base + between(rng, -amplitude, amplitude) * 0.5;
  for (let x = -step; x <= W + step; x += step * between(rng, 0.6, 1.4)) {
    y = Math.min(base + amplitude, Math.max(base - amplitude, y + between(rng, -amplitude, amplitude) * 0.8));
    points.push([x, y]);
  }
  const peaks = points.filter(([, py], i) => i > 0 && i < points.length - 1 && py < points[i - 1]![1] && py < points[i + 1]![1]);
  let d = `M${n(points[0]![0])} ${H}L${n(points[0]![0])} ${n(points[0]![1])}`;
  for (let i = 1; i < points.length; i++) {
    const [x, py] = points[i]!;
    if (smooth) {
      const [px, ppy] = points[i - 1]!;
      const mx = (px + x) / 2;
      d += `C${n(mx)} ${n(ppy)} ${n(mx)} ${n(py)} ${n(x)} ${n(py)}`;
    } else {
      d += `L${n(x)} ${n(py)}`;
    }
  }
  d += `L${n(points[points.length - 1]![0])} ${H}Z`;
  return { d, peaks };
}

// --- motifs ------------------------------------------------------------------

type Motif = (rng: Rng, pal: Palette) => string;

const skyline: Motif = (rng, pal) => {
  let out = sky(pal.c0, pal.c1) + sun(rng, pal.lightest, 0.18, 0.4);
  const far = mix(pal.darkest, pal.c1, 0.45);
  const near = mix(pal.darkest, '#000000', 0.25);
  for (let x = -20; x < W; ) {
    const w = between(rng, 70, 170);
    const h = between(rng, 0.22, 0.5) * H;
    out += rect(x, H - h - 40, w, h + 40, far);
    x += w + between(rng, -10, 8);
  }
  for (let x = -30; x < W; ) {
    const w = between(rng, 90, 220);
    const h = between(rng, 0.15, 0.58) * H;
    const top = H - h;
    out += rect(x, top, w, h, near);
    if (rng() < 0.25) out += rect(x + w / 2 - 3, top - 60, 6, 60, near);
    const cols = Math.max(2, Math.floor(w / 34));
    const rows = Math.floor((h - 30) / 42);
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < cols; c++)
        if (rng() < 0.32) out += rect(x + 12 + c * 34, top + 20 + r * 42, 16, 22, pal.lightest, ' fill-opacity="0.8"');
    x += w + between(rng, 4, 30);
  }
  return out + rect(0, H - 24, W, 24, mix(near, '#000000', 0.3));
};

const mountains: Motif = (rng, pal) => {
  let out = sky(pal.c0, pal.c1) + sun(rng, pal.lightest, 0.12, 0.3);
  const layers = [
    { base: 0.42, amp: 0.16, colour: mix(pal.c1, pal.darkest, 0.35), step: 150 },
    { base: 0.6, amp: 0.12, colour: mix(pal.c1, pal.darkest, 0.68), step: 120 },
    { base: 0.78, amp: 0.08, colour: mix(pal.darkest, '#000000', 0.2), step: 100 },
  ];
  layers.forEach((layer, index) => {
    const { d, peaks } = ridgePath(rng, layer.base * H, layer.amp * H, layer.step, false);
    out += `<path d="${d}" fill="${layer.colour}"/>`;
    if (index === 0) {
      const snow = mix(pal.lightest, '#ffffff', 0.6);
      for (const [x, y] of peaks) {
        const dx = between(rng, 30, 55);
        const dy = dx * between(rng, 0.6, 0.9);
        out += `<path d="M${n(x)} ${n(y)}L${n(x - dx)} ${n(y + dy)}L${n(x - dx * 0.3)} ${n(y + dy * 0.75)}L${n(x + dx * 0.2)} ${n(y + dy)}L${n(x + dx)} ${n(y + dy * 0.9)}Z" fill="${snow}"/>`;
      }
    }
  });
  return out + `<defs>${linear('mist', [[0, pal.lightest], [1, pal.lightest]])}</defs>` + rect(0, 0.5 * H, W, 0.12 * H, 'url(#mist)', ' opacity="0.08"');
};

const waves: Motif = (rng, pal) => {
  let out = sky(pal.c0, pal.c1) + sun(rng, pal.lightest, 0.2, 0.38);
  const bands = 6;
  for (let i = 0; i < bands; i++) {
    const base = (0.5 + i * 0.085) * H;
    const amp = between(rng, 10, 26) + i * 5;
    const length = between(rng, 260, 480);
    const phase = rng() * Math.PI * 2;
    let d = `M0 ${H}`;
    for (let x = 0; x <= W; x += 20) d += `L${x} ${n(base + Math.sin(x / length * Math.PI * 2 + phase) * amp)}`;
    d += `L${W} ${H}Z`;
    out += `<path d="${d}" fill="${mix(pal.c1, pal.darkest, (i + 1) / bands)}" fill-opacity="${n(0.85 + i * 0.03)}"/>`;
  }
  return out;
};

const grid: Motif = (rng, pal) => {
  const horizon = 0.36 * H;
  let out =
    `<defs>${linear('bg', [[0, pal.c0], [1, mix(pal.c0, '#000000', 0.45)]])}${radial('glow', pal.c2, 0.6)}</defs>` +
    rect(0, 0, W, H, 'url(#bg)') +
    `<ellipse cx="${n(W * between(rng, 0.35, 0.65))}" cy="${n(horizon)}" rx="${n(W * 0.55)}" ry="${n(H * 0.3)}" fill="url(#glow)"/>`;
  const vx = W * between(rng, 0.4, 0.6);
  const rows = 9;
  const cols = 14;
  const span = W * 2.6;
  const f = (k: number) => (k / rows) ** 1.7;
  for (let k = 0; k < rows; k++) {
    const f0 = Math.max(f(k), 0.02);
    const f1 = f(k + 1);
    const y0 = horizon + (H * 1.04 - horizon) * f0;
    const y1 = horizon + (H * 1.04 - horizon) * f1;
    for (let i = 0; i < cols; i++) {
      const u0 = i / cols - 0.5 + 0.006;
      const u1 = (i + 1) / cols - 0.5 - 0.006;
      const yTop = y0 + (y1 - y0) * 0.06;
      const pts = [
        [vx + u0 * span * f0, yTop],
        [vx + u1 * span * f0, yTop],
        [vx + u1 * span * f1, y1],
        [vx + u0 * span * f1, y1],
      ];
      const fill = mix(pal.c1, pal.c2, rng() * 0.55);
      out += `<polygon points="${pts.map(([x, y]) => `${n(x!)},${n(y!)}`).join(' ')}" fill="${fill}" fill-opacity="${n(0.55 + rng() * 0.4)}"/>`;
    }
  }
  return out;
};

const circles: Motif = (rng, pal) => {
  let out =
    `<defs>${linear('bg', [[0, pal.c0], [1, mix(pal.c0, '#000000', 0.35)]], false)}</defs>` + rect(0, 0, W, H, 'url(#bg)');
  const count = 16 + Math.floor(rng() * 10);
  for (let i = 0; i < count; i++) {
    const r = between(rng, 30, 300);
    const colour = [pal.c1, pal.c2, mix(pal.c1, pal.c2, 0.5)][Math.floor(rng() * 3)]!;
    const cx = between(rng, -0.05, 1.05) * W;
    const cy = between(rng, -0.05, 1.05) * H;
    out +=
      rng() < 0.25
        ? circle(cx, cy, r, 'none', ` stroke="${colour}" stroke-width="${n(between(rng, 3, 14))}" stroke-opacity="0.6"`)
        : circle(cx, cy, r, colour, ` fill-opacity="${n(between(rng, 0.2, 0.7))}"`);
  }
  return out;
};

const columns: Motif = (rng, pal) => {
  let out = sky(pal.c0, mix(pal.c0, pal.c1, 0.6));
  const stone = pal.lightest;
  const shade = mix(pal.lightest, pal.c1, 0.45);
  const count = 5 + Math.floor(rng() * 4);
  const left = W * between(rng, 0.12, 0.2);
  const right = W - left;
  const ground = 0.84 * H;
  const top = between(rng, 0.34, 0.42) * H;
  const pitch = (right - left) / count;
  const cw = pitch * 0.5;
  out += `<defs>${linear('col', [[0, shade], [0.35, stone], [1, shade]], false)}</defs>`;
  for (let s = 0; s < 3; s++) out += rect(left - 40 - s * 30, ground + s * 24, right - left + 80 + s * 60, 24, s % 2 ? shade : stone);
  for (let i = 0; i < count; i++) {
    const x = left + pitch * i + (pitch - cw) / 2;
    out += rect(x - 10, ground - 18, cw + 20, 18, stone);
    out += rect(x, top + 30, cw, ground - top - 48, 'url(#col)');
    for (let l = 1; l < 4; l++) out += rect(x + (cw * l) / 4 - 1.5, top + 36, 3, ground - top - 60, shade, ' fill-opacity="0.6"');
    out += rect(x - 12, top + 12, cw + 24, 18, stone);
  }
  out += rect(left - 30, top - 40, right - left + 60, 52, stone);
  out += rect(left - 30, top - 4, right - left + 60, 10, shade);
  const apex = top - 40 - between(rng, 110, 170);
  out += `<path d="M${n(left - 50)} ${n(top - 40)}L${n(W / 2)} ${n(apex)}L${n(right + 50)} ${n(top - 40)}Z" fill="${stone}"/>`;
  out += `<path d="M${n(left + 20)} ${n(top - 52)}L${n(W / 2)} ${n(apex + 28)}L${n(right - 20)} ${n(top - 52)}Z" fill="${shade}" fill-opacity="0.7"/>`;
  return out + rect(0, ground + 72, W, H, mix(pal.c0, '#000000', 0.3));
};

const field: Motif = (rng, pal) => {
  let out = sky(pal.c0, mix(pal.c0, pal.lightest, 0.55)) + sun(rng, pal.lightest, 0.14, 0.28);
  const layers = 4;
  for (let i = 0; i < layers; i++) {
    const base = (0.47 + i * 0.13) * H;
    const colour = mix(mix(pal.c1, pal.c2, i / (layers - 1)), pal.c0, i === 0 ? 0.3 : 0);
    const { d } = ridgePath(rng, base, 30 + i * 14, 320, true);
    out += `<path d="${d}" fill="${colour}"/>`;
    if (i >= 1) {
      // Crop rows fanning out towards the viewer.
      const furrow = mix(colour, '#000000', 0.28);
      const vx = between(rng, 0.2, 0.8) * W;
      const rows = 10 + i * 4;
      let lines = '';
      for (let k = 0; k <= rows; k++) {
        const x = -W * 0.5 + (k / rows) * W * 2;
        lines += `<path d="M${n(vx + (x - vx) * 0.25)} ${n(base - 10)}Q${n(vx + (x - vx) * 0.6)} ${n(base + 40 + i * 20)} ${n(x)} ${H + 10}"/>`;
      }
      out += `<clipPath id="hill${i}"><path d="${d}"/></clipPath>`;
      out += `<g clip-path="url(#hill${i})" stroke="${furrow}" stroke-width="${n(2 + i * 1.5)}" fill="none" stroke-opacity="0.5">${lines}</g>`;
    }
  }
  return out;
};

const network: Motif = (rng, pal) => {
  let out =
    `<defs><radialGradient id="bg" cx="0.5" cy="0.45" r="0.75"><stop offset="0" stop-color="${mix(pal.c0, pal.c1, 0.18)}"/>` +
    `<stop offset="1" stop-color="${pal.c0}"/></radialGradient>${radial('node', pal.c1, 0.5)}</defs>` +
    rect(0, 0, W, H, 'url(#bg)');
  const nodes: [number, number][] = [];
  const count = 44 + Math.floor(rng() * 16);
  for (let i = 0; i < count; i++) nodes.push([between(rng, 0.03, 0.97) * W, between(rng, 0.05, 0.95) * H]);
  let lines = '';
  nodes.forEach(([x, y], i) => {
    const nearest = nodes
      .map(([ox, oy], j) => ({ j, d: (ox - x) ** 2 + (oy - y) ** 2 }))
      .filter(({ j }) => j !== i)
      .sort((a, b) => a.d - b.d || a.j - b.j)
      .slice(0, 2 + (i % 2));
    for (const { j } of nearest) {
      if (j < i) continue;
      const [ox, oy] = nodes[j]!;
      lines += `<line x1="${n(x)}" y1="${n(y)}" x2="${n(ox)}" y2="${n(oy)}"/>`;
    }
  });
  out += `<g stroke="${pal.c1}" stroke-width="2.5" stroke-opacity="0.45">${lines}</g>`;
  nodes.forEach(([x, y], i) => {
    const big = i % 7 === 0;
    const colour = i % 3 === 0 ? pal.c2 : pal.c1;
    if (big) out += circle(x, y, 60, 'url(#node)');
    out += circle(x, y, big ? 14 : between(rng, 4, 9), colour);
  });
  return out;
};

const MOTIFS: Record<DemoImage['motif'], Motif> = { skyline, mountains, waves, grid, circles, columns, field, network };
