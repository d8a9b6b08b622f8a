import { LibsqlError } from '@libsql/client';

/** Gives the right to write to one database to one holder at a time, in arrival order. */
export interface WriteLock {
  /** Resolves with a release function once the lock is held; rejects with `SQLITE_BUSY` after the timeout. */
  acquire(): Promise<() => void>;
}

/**
 * An asynchronous first-come-first-served lock that gives up after `timeoutMs`, like SQLite's busy
 * timeout, so a writer that waits on itself fails instead of hanging.
 *
 * @example
 * const lock = createWriteLock(5000);
 * const release = await lock.acquire();
 * try { … } finally { release(); }
 */
export function createWriteLock(timeoutMs: number): WriteLock {
  let held = false;
  const waiting: Array<() => void> = [];

  function handOver(): void {
    const next = waiting.shift();
    if (next) next();
    else held = false;
  }

  function releaseOnce(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      handOver();
    };
  }

  return {
    acquire() {
      if (!held) {
        held = true;
        return Promise.resolve(releaseOnce());
      }
      return new Promise((resolve, reject) => {
        const grant = () => {
          clearTimeout(timer);
          resolve(releaseOnce());
        };
        const timer = setTimeout(() => {
          waiting.splice(waiting.indexOf(grant), 1);
          reject(new LibsqlError('database is locked', 'SQLITE_BUSY'));
        }, timeoutMs);
        waiting.push(grant);
      });
    },
  };
}
