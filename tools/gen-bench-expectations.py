#!/usr/bin/env python3.12
"""Writes benchmarks/suite/NAME.expected: the stdout of CPython 3.12.1 running NAME.py.

Run with CPython 3.12.1 (e.g. `/root/.pyenv/versions/3.12.1/bin/python3.12`):

  tools/gen-bench-expectations.py [NAME ...]      # default: every program in benchmarks/suite

Each program runs twice, under PYTHONHASHSEED=0 and =1, from the benchmarks folder (as
benchmarks/run-suite runs it). It fails if the two outputs differ (the checksum would depend on
str hashing, e.g. set iteration order), if the exit status is not 0, if anything reaches stderr,
or if the output is not ASCII (so the stdout encoding of either implementation cannot matter).
"""
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, "benchmarks")
SUITE = os.path.join(BENCH, "suite")


def run(name, seed):
    env = dict(os.environ, PYTHONHASHSEED=str(seed))
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "suite/%s.py" % name], cwd=BENCH,
                          capture_output=True, env=env)
    seconds = time.perf_counter() - start
    if proc.returncode != 0 or proc.stderr:
        sys.exit("%s: exit status %d, stderr %r" % (name, proc.returncode, proc.stderr[-500:]))
    return proc.stdout, seconds


def main(names):
    if sys.version_info[:3] != (3, 12, 1):
        sys.exit("run this with CPython 3.12.1, not %s" % sys.version.split()[0])
    if not names:
        names = sorted(f[:-3] for f in os.listdir(SUITE) if f.endswith(".py"))
    for name in names:
        first, seconds = run(name, 0)
        second, _ = run(name, 1)
        if first != second:
            sys.exit("%s: output depends on the hash seed" % name)
        try:
            first.decode("ascii")
        except UnicodeDecodeError:
            sys.exit("%s: output is not ASCII" % name)
        with open(os.path.join(SUITE, name + ".expected"), "wb") as f:
            f.write(first)
        print("%-16s %.2f s" % (name, seconds))


if __name__ == "__main__":
    main(sys.argv[1:])
