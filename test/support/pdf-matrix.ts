/**
 * PDF transformation matrices for the tests that follow pdf.js's operator
 * list to find where an image is painted: a matrix [a b c d e f] as in
 * ISO 32000-1, 8.3.3, and the product used to concatenate one (`cm`) onto
 * the current transformation matrix. DOM-free and dependency-free, so Node
 * and browser tests can both import it.
 */

export type Matrix = [number, number, number, number, number, number];

/** The identity matrix (a fresh copy each time). */
export function identity(): Matrix {
  return [1, 0, 0, 1, 0, 0];
}

/** m × n: `m` applied first, then `n` (new CTM = multiply(cm operand, CTM)). */
export function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}
