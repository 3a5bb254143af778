/** The machine a run measured on, for results.json: figures only compare within one machine. */
import { cpus, loadavg, release, totalmem } from 'node:os';
import { round } from './driver.ts';

export function machine(chromium: string) {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    memoryGiB: Math.round(totalmem() / 1024 ** 3),
    loadAverageAtStart: loadavg().map((value) => round(value)),
    loadAverageAtEnd: [] as number[],
    os: `Linux ${release()}`,
    node: process.version,
    chromium,
  };
}
