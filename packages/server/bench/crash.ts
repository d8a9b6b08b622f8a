// The long run of the durability test: the server is killed with SIGKILL 100 times (CRASH_KILLS).
import { runCrashTrials } from '../test/support/crash-trials.js';
import { progress } from './timings.js';

export async function benchCrash() {
  const kills = Number(process.env.CRASH_KILLS ?? 100);
  const report = await runCrashTrials({ kills, log: (line) => progress(`crash: ${line}`) });
  return { ...report, violationCount: report.violations.length };
}
