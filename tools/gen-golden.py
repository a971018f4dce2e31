#!/usr/bin/env python3
"""Regenerates (or checks) the expected outputs of golden programs from CPython 3.12.1.

  tools/gen-golden.py [--check] DIR...

For every NAME.py in each DIR, runs `python3.12 NAME.py` (CPython 3.12.1 from pyenv) with DIR as
the working directory and NAME.in (or nothing) as stdin, twice: once with PYTHONHASHSEED=1 and
once with PYTHONHASHSEED=2. The two runs must agree byte for byte; a program whose output depends
on the hash seed (set-of-str order, str hashes) or on anything else that varies between runs is
reported and the script fails. Each run has a 10 s time limit.

Programs may only create files named NAME*.tmp in DIR (NAME.tmp, NAME.data.tmp, ...): without the
os module they cannot delete them, so the runner does, after each run (the Java harness must do the
same). Any other new file in DIR is an error.

It then writes NAME.out (stdout), NAME.err (stderr) and NAME.exit (the exit status in decimal and
a newline). Tracebacks print the script's absolute path, so the absolute DIR prefix is replaced
by the literal text "{dir}/" in stdout and stderr; the test harness puts its own directory back.

With --check nothing is written: the script compares what CPython prints with the committed files
and fails on any difference. Without it, rewriting an unchanged corpus changes no file.
"""
import difflib
import os
import subprocess
import sys

PYTHON = "/root/.pyenv/versions/3.12.1/bin/python3.12"
TIMEOUT_SECONDS = 10
SEEDS = ("1", "2")
EXPECTED_SUFFIXES = (".out", ".err", ".exit")


def clean_env(seed):
    """A fixed environment: no PYTHON* variables of the caller, UTF-8 locale, a given hash seed."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["LC_ALL"] = "C.UTF-8"
    env["LANG"] = "C.UTF-8"
    env["PYTHONHASHSEED"] = seed
    return env


def prefixes(directory):
    """Every spelling of DIR/ that CPython may print (it uses getcwd(), which resolves links)."""
    spellings = {os.path.abspath(directory), os.path.realpath(directory)}
    # Longest first, so that one spelling that contains another is replaced whole.
    return sorted((s.rstrip(os.sep) + os.sep for s in spellings), key=len, reverse=True)


def remove_scratch_files(directory, name, before):
    """Deletes the NAME*.tmp files a run created; returns the other new files."""
    others = []
    for entry in sorted(set(os.listdir(directory)) - before):
        if entry.startswith(name) and entry.endswith(".tmp"):
            os.remove(os.path.join(directory, entry))
        else:
            others.append(entry)
    return others


def run_once(directory, name, stdin_bytes, seed):
    try:
        proc = subprocess.run([PYTHON, name + ".py"], cwd=directory, input=stdin_bytes,
                              capture_output=True, env=clean_env(seed), timeout=TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        return None
    out, err = proc.stdout, proc.stderr
    for prefix in prefixes(directory):
        token = prefix.encode("utf-8")
        out = out.replace(token, b"{dir}/")
        err = err.replace(token, b"{dir}/")
    return {".out": out, ".err": err, ".exit": b"%d\n" % proc.returncode}


def describe_difference(a, b):
    lines = []
    for suffix in EXPECTED_SUFFIXES:
        if a[suffix] != b[suffix]:
            left = a[suffix].decode("utf-8", "replace").splitlines()
            right = b[suffix].decode("utf-8", "replace").splitlines()
            lines.append("  " + suffix + ":")
            diff = difflib.unified_diff(left, right, "first", "second", lineterm="", n=1)
            lines.extend("    " + line for line in list(diff)[:40])
    return "\n".join(lines)


def process(directory, name, check):
    """Runs one program; returns an error text or None."""
    stdin_path = os.path.join(directory, name + ".in")
    stdin_bytes = b""
    if os.path.exists(stdin_path):
        with open(stdin_path, "rb") as f:
            stdin_bytes = f.read()
    before = set(os.listdir(directory))
    runs = []
    for seed in SEEDS:
        result = run_once(directory, name, stdin_bytes, seed)
        left_behind = remove_scratch_files(directory, name, before)
        if result is None:
            return f"timed out after {TIMEOUT_SECONDS} s (PYTHONHASHSEED={seed})"
        if left_behind:
            return "left files behind (only NAME*.tmp are allowed): " + ", ".join(left_behind)
        runs.append(result)
    if runs[0] != runs[1]:
        return ("NOT DETERMINISTIC: PYTHONHASHSEED=1 and =2 differ\n"
                + describe_difference(runs[0], runs[1]))
    result = runs[0]
    if check:
        problems = []
        for suffix in EXPECTED_SUFFIXES:
            path = os.path.join(directory, name + suffix)
            if not os.path.exists(path):
                problems.append(f"  missing {name}{suffix}")
                continue
            with open(path, "rb") as f:
                if f.read() != result[suffix]:
                    problems.append(f"  {name}{suffix} differs from what CPython prints now")
        return "\n".join(problems) or None
    for suffix in EXPECTED_SUFFIXES:
        path = os.path.join(directory, name + suffix)
        old = None
        if os.path.exists(path):
            with open(path, "rb") as f:
                old = f.read()
        if old != result[suffix]:
            with open(path, "wb") as f:
                f.write(result[suffix])
    return None


def stale_files(directory, names):
    """Expected files whose program no longer exists."""
    stale = []
    for entry in sorted(os.listdir(directory)):
        stem, dot, suffix = entry.rpartition(".")
        if dot and "." + suffix in EXPECTED_SUFFIXES + (".in",) and stem not in names:
            stale.append(entry)
    return stale


def require_cpython_3_12_1():
    proc = subprocess.run([PYTHON, "-c", "import sys; print(sys.version_info[:3])"],
                          capture_output=True, text=True, env=clean_env("0"))
    if proc.stdout.strip() != "(3, 12, 1)":
        sys.exit(f"{PYTHON} is not CPython 3.12.1: {proc.stdout.strip() or proc.stderr.strip()}")


def main(argv):
    check = "--check" in argv
    dirs = [a for a in argv if a != "--check"]
    if not dirs or any(d.startswith("-") for d in dirs):
        sys.exit(__doc__)
    require_cpython_3_12_1()
    failures = 0
    total = 0
    for directory in dirs:
        directory = os.path.abspath(directory)
        names = sorted(f[:-3] for f in os.listdir(directory) if f.endswith(".py"))
        for name in names:
            total += 1
            error = process(directory, name, check)
            if error:
                failures += 1
                print(f"FAIL {os.path.join(directory, name)}.py: {error}", file=sys.stderr)
        for entry in stale_files(directory, set(names)):
            failures += 1
            print(f"FAIL {os.path.join(directory, entry)}: no {entry.rpartition('.')[0]}.py",
                  file=sys.stderr)
    verb = "checked" if check else "generated"
    print(f"{verb} {total} programs, {failures} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
