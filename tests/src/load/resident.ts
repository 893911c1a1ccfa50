/** A process's memory as the kernel counts it (/proc/<pid>/status), in MiB. */
import { readFile } from 'node:fs/promises';

export type Resident = { rssMiB: number; peakMiB: number };

export async function residentMemory(pid: number): Promise<Resident> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const field = (name: string) => {
    const kb = new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1];
    if (!kb) throw new Error(`/proc/${pid}/status has no ${name}`);
    return Number(kb) / 1024;
  };
  return { rssMiB: field('VmRSS'), peakMiB: field('VmHWM') };
}
