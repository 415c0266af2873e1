// Keyboard movement in a tab list (WAI-ARIA tabs pattern): arrows wrap, Home and End jump.

/** The tab to select after a key press, or null when the key does not move the selection. */
export function tabAfterKey(key: string, current: number, count: number): number | null {
  if (count <= 0) return null;
  switch (key) {
    case "ArrowRight":
      return (current + 1) % count;
    case "ArrowLeft":
      return (current - 1 + count) % count;
    case "Home":
      return 0;
    case "End":
      return count - 1;
    default:
      return null;
  }
}
