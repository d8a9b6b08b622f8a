import { controlStyles } from './controls.styles.js';
import { hostStyles } from './host.styles.js';
import { statusStyles } from './status.styles.js';
import { tokenStyles } from './tokens.styles.js';

/** The styles every element starts from: design tokens, page isolation, focus ring, controls, status parts. */
export const baseStyles = [tokenStyles, hostStyles, controlStyles, statusStyles];
