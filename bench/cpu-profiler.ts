/**
 * Preloaded into a benchmarked process (`node -r dist/bench/cpu-profiler.js ...`) when
 * BENCH_CPU_PROF=1. Each SIGWINCH toggles the V8 CPU profiler, so the bench can profile exactly
 * the measured part of each case (`--cpu-prof` would give one profile of the whole process,
 * start-up and all other cases included, and only on a clean exit). The profile goes to
 * `<BENCH_CPU_PROF_DIR>/<label>.cpuprofile`, the label being read from `<dir>/label` at the start.
 */
import { Session } from 'node:inspector';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROFILE_TOGGLE_SIGNAL } from './profile-signal';

const dir = process.env.BENCH_CPU_PROF_DIR;
if (dir) installProfilerToggle(dir);

function installProfilerToggle(outDir: string): void {
  const session = new Session();
  session.connect();
  let label: string | null = null;
  process.on(PROFILE_TOGGLE_SIGNAL, () => {
    if (label === null) {
      label = readFileSync(join(outDir, 'label'), 'utf8').trim();
      session.post('Profiler.enable', () => session.post('Profiler.start'));
      return;
    }
    const file = join(outDir, `${label}.cpuprofile`);
    label = null;
    session.post('Profiler.stop', (error, result) => {
      if (error) return;
      // Written under another name first: the bench waits for the final name to appear.
      writeFileSync(`${file}.tmp`, JSON.stringify(result.profile));
      renameSync(`${file}.tmp`, file);
    });
  });
}
