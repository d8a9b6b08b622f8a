import SignaturePad from 'signature_pad';
import type { PointGroup } from 'signature_pad';
import { croppedPng } from './cropped-png.js';

/**
 * Drawing on a canvas with signature_pad. The canvas backing store follows the canvas's displayed
 * size and the screen's pixel ratio (a rotated phone, a resized dialog) and the strokes are redrawn
 * at the new scale, so what was drawn survives a resize.
 */
export class SignatureCapture {
  readonly #canvas: HTMLCanvasElement;
  readonly #pad: SignaturePad;
  readonly #resizeObserver: ResizeObserver;
  /** Each finished stroke, so one can be undone. */
  #strokes: PointGroup[] = [];

  constructor(canvas: HTMLCanvasElement, penColor: string, onChange: () => void) {
    this.#canvas = canvas;
    this.#pad = new SignaturePad(canvas, { penColor, minWidth: 0.8, maxWidth: 2.6 });
    this.#pad.addEventListener('endStroke', () => {
      this.#strokes = this.#pad.toData();
      onChange();
    });
    this.#resizeObserver = new ResizeObserver(() => this.#fit());
    this.#resizeObserver.observe(canvas);
  }

  isEmpty(): boolean {
    return this.#pad.isEmpty();
  }

  clear(): void {
    this.#strokes = [];
    this.#pad.clear();
  }

  undo(): void {
    this.#strokes = this.#strokes.slice(0, -1);
    this.#pad.fromData(this.#strokes);
  }

  /** The drawing as a PNG data URL, cropped to the drawn strokes so it stamps tightly. */
  toPng(): string {
    return croppedPng(this.#canvas);
  }

  destroy(): void {
    this.#resizeObserver.disconnect();
    this.#pad.off();
  }

  #fit(): void {
    const ratio = Math.max(devicePixelRatio || 1, 1);
    const { width, height } = this.#canvas.getBoundingClientRect();
    if (width === 0 || height === 0) return;
    // Strokes are kept in CSS pixels, so they are redrawn at the new size with the context scaled.
    const strokes = this.#pad.toData();
    this.#canvas.width = Math.round(width * ratio);
    this.#canvas.height = Math.round(height * ratio);
    this.#canvas.getContext('2d')?.scale(ratio, ratio);
    this.#pad.fromData(strokes);
  }
}
