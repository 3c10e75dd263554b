// The workerd figures of scripts/bench-workerd.ts as `npm run bench` prints them: one line per
// figure, each the median of the runs with their range, beside its target.
import type { OverRuns, WorkerdReport } from "./bench-workerd.ts";

const ms = (value: number) => `${value.toFixed(2)} ms`;
const over = (o: OverRuns) => `${ms(o.ms)} (runs ${o.min.toFixed(2)}–${o.max.toFixed(2)})`;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;

/** The report as lines of text. */
export function workerdReportLines(report: WorkerdReport, loadAverage: number): string[] {
  const { memory, phases, realD1 } = report;
  const lines = [
    `workerd (CPU of the thread that ran the Worker, from /proc, between the Worker's own marks, less their cost ${ms(memory.markMs)}); D1 stand-in that answers from memory (Rebound's own CPU); ${memory.runs} fresh isolates, median of runs; load average ${loadAverage.toFixed(1)}:`,
    `  start-up (module evaluation and warm-up, workerd's first request)   ${over(memory.startUpMs)}   limit 1 s`,
    `  the warm-up alone, cold isolate                                      ${ms(report.warmUpMs)}`,
    `  first message in a fresh isolate                                     ${over(memory.firstMessageMs)}   target ≤ 10 ms`,
    `  ${memory.steady.messages} fixtures once each after it (first sights): median     ${over(memory.steady.medianMs)}`,
    `                                                                  p99  ${over(memory.steady.p99Ms)}   target ≤ 5 ms`,
    `      slowest: ${memory.steady.slowest}`,
    `  the same again (second sights): median                               ${over(memory.secondPass.medianMs)}`,
    `                                  p99                                  ${over(memory.secondPass.p99Ms)}   target ≤ 5 ms`,
    `      slowest: ${memory.secondPass.slowest}`,
    `  a warm message (each fixture 20 times, medians): MIME parse ${ms(memory.split.parseMs)}, understanding ${ms(memory.split.understandMs)}, whole ${ms(memory.split.wholeMs)}`,
  ];
  if (phases) {
    lines.push(
      "  per phase, each step between its own marks (median of runs): first sight median / p99; second sight median / p99",
    );
    for (const [phase, f] of Object.entries(phases)) {
      lines.push(
        `    ${phase.padEnd(9)} ${ms(f.first.medianMs)} / ${ms(f.first.p99Ms)};  ${ms(f.second.medianMs)} / ${ms(f.second.p99Ms)}`,
      );
    }
    lines.push(
      "    (rest: the whole pipeline less the message's own parse, unwrap, classify and extract seen again: routing, hashing, planning, drafting, D1 statements)",
    );
  }
  if (realD1) {
    lines.push(
      `  with local D1 (its SQLite runs on the Worker's thread; production bills it to D1): first message ${ms(realD1.firstMessageMs.ms)}; ${realD1.steady.messages} forwards: median ${ms(realD1.steady.medianMs.ms)}, p99 ${ms(realD1.steady.p99Ms.ms)}`,
    );
  }
  if (report.bundle.withSdk.bytes > 0) {
    lines.push(
      `  bundle ${kib(report.bundle.withSdk.bytes)} (gzip ${kib(report.bundle.withSdk.gzip)}), with a key configured; without the Anthropic SDK, which a deployment without a key never evaluates, ${kib(report.bundle.withoutSdk.bytes)} (gzip ${kib(report.bundle.withoutSdk.gzip)})`,
    );
  }
  return lines;
}
