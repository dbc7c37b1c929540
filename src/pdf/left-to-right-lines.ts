import type { jsPDF, TextOptionsLight } from 'jspdf';

/**
 * jsPDF's bidi engine takes the direction of each line from its first strong
 * letter, so a line typed as "א first …" is laid out right to left: the whole line
 * comes out mirrored, English words included. (It counts only Hebrew-type letters,
 * so an Arabic first word happens to be safe.) Fixing the direction of every line as
 * left to right keeps the words in the order they were typed. Hebrew or Arabic
 * words inside a line are still turned round to read right to left, exactly as in
 * a line that starts with a Latin letter.
 */
const LEFT_TO_RIGHT: TextOptionsLight = { isInputRtl: false, isOutputRtl: false };

/** Every `doc.text`, ours and jspdf-autotable's, lays its lines out left to right. */
export function layOutLinesLeftToRight(doc: jsPDF): void {
  const print = doc.text.bind(doc);
  doc.text = (text, x, y, options, transform) => print(text, x, y, { ...options, ...LEFT_TO_RIGHT }, transform);
}
