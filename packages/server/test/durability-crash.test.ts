import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCrashTrials } from './support/crash-trials.js';

// The short run of the durability test; `npm run bench -- --only=crash` kills the server 100 times.
const KILLS = Number(process.env.CRASH_KILLS ?? 5);

test(
  `a server killed with SIGKILL ${KILLS} times while parties save and sign loses no acknowledged write and leaves no session half-completed`,
  { timeout: 300_000 },
  async () => {
    const report = await runCrashTrials({ kills: KILLS });
    assert.deepEqual(report.violations, []);
    assert.equal(report.kills, KILLS);
    assert.ok(report.acknowledgedWrites > 0, 'the server acknowledged writes before the kills');
    assert.ok(report.acknowledgedCompletions > 0, 'parties signed before the kills');
    assert.ok(report.sessionsChecked >= KILLS, 'every round checked its sessions');
  },
);
