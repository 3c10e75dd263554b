/** Counts leading ">" quote markers (also "> > ") and returns the rest of the line. */
export function stripQuoteMarkers(line: string): { depth: number; text: string } {
  let depth = 0;
  let i = 0;
  let afterMarker = 0;
  while (i < line.length) {
    const char = line[i];
    if (char === ">") {
      depth++;
      i++;
      afterMarker = i;
    } else if ((char === " " || char === "\t") && i - afterMarker < 2) {
      i++;
    } else {
      break;
    }
  }
  return depth === 0 ? { depth, text: line } : { depth, text: line.slice(afterMarker) };
}

/** Removes up to `depth` quote markers from every line. */
export function unquote(text: string, depth: number): string {
  return text
    .split("\n")
    .map((line) => {
      let rest = line;
      for (let level = 0; level < depth; level++) {
        const match = /^[ \t]{0,3}> ?/.exec(rest);
        if (!match) {
          break;
        }
        rest = rest.slice(match[0].length);
      }
      return rest;
    })
    .join("\n");
}

/**
 * How deeply the forwarded block is quoted: that of its header lines (Apple Mail leaves
 * "Begin forwarded message:" unquoted and quotes the headers), else of the marker line.
 */
export function quoteDepthOfBlock(
  lines: readonly string[],
  markerIndex: number,
  headerStart: number,
  end: number,
): number {
  let depth = Number.POSITIVE_INFINITY;
  for (let i = headerStart; i < end; i++) {
    const { depth: lineDepth, text } = stripQuoteMarkers(lines[i] ?? "");
    if (text.trim() !== "") {
      depth = Math.min(depth, lineDepth);
    }
  }
  return Number.isFinite(depth) ? depth : stripQuoteMarkers(lines[markerIndex] ?? "").depth;
}
