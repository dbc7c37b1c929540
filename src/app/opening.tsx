/** Shown while a draft is reopened or a screen's code loads: a plain line, never an error. */
export function Opening() {
  return <p role="status">Opening…</p>;
}
