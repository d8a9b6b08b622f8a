import { croppedPng } from './cropped-png.js';

/**
 * System script faces first; `cursive` is every browser's last resort. No web font is fetched, so the
 * element works offline and on hosts whose Content-Security-Policy forbids font downloads.
 */
export const SCRIPT_FONT_STACK =
  '"Segoe Script", "Brush Script MT", "Snell Roundhand", "URW Chancery L", "Z003", cursive';

/** Renders a typed name in a script face onto a canvas and returns it as a cropped PNG data URL. */
export function typedSignaturePng(text: string, color: string): string {
  const canvas = document.createElement('canvas');
  const fontSize = 64;
  const context = canvas.getContext('2d');
  if (!context) return '';
  context.font = `italic ${fontSize}px ${SCRIPT_FONT_STACK}`;
  canvas.width = Math.ceil(context.measureText(text).width + fontSize);
  canvas.height = Math.ceil(fontSize * 1.6);
  // Resizing a canvas resets its context, so the font is set again.
  context.font = `italic ${fontSize}px ${SCRIPT_FONT_STACK}`;
  context.fillStyle = color;
  context.textBaseline = 'middle';
  context.fillText(text, fontSize / 2, canvas.height / 2);
  return croppedPng(canvas);
}
