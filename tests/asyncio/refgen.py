#!/usr/bin/env python3
"""Expected outputs for the asyncio corpus and the scenarios, from the reference runner.

    python3 tests/asyncio/refgen.py DIR [--check] [FILE...]

DIR is `tests/asyncio` or `tests/sim` (programs NNN_name.py) or `scenarios` (programs
NN_topic.py). Programs are run from the repository root exactly as `python3 <runner> DIR/FILE.py`,
because that relative name is what CPython prints in Task reprs, warnings and tracebacks, with
engine/modules/sim on PYTHONPATH: CPython then runs in Coroscope's simulated world (its requests,
aiohttp, pymongo, motor, coroscope.net, and asyncio streams on the simulated network through
sitecustomize.py), so it stays the oracle for programs that use it.

Without --check: writes FILE.out (stdout), FILE.err (stderr, only when non-empty) and
DIR/manifest.json (one entry per program, with its expected exit status).

With --check: writes nothing. Each program is run twice on the virtual clock (both runs must equal
the checked-in files but for 0x addresses) and once with --real-time (the output must match after
normalising wall-clock stamps and 0x addresses; printed offsets may only be late by machine load,
at most DRIFT_S). This proves the output is fixed by CPython's own rules, not by the virtual clock.

The runner is $REFERENCE_RUNNER, else ../shared/reference/run_reference.py beside the checkout.

A program whose header has `# cpu-time: SECONDS` is meant to run with Coroscope's CPU-time option
(each interpreter step costs SECONDS of virtual time), which CPython has no equivalent of: its
.out is still CPython's (the option off), and FILE.cpu.out is what Coroscope prints with the
option on, a regression reference made by $COROSCOPE (else build/native/engine/cli/coroscope);
the manifest entry carries `cpu_time`.
"""

import concurrent.futures
import json
import os
import re
import subprocess
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
RUNNER = os.environ.get("REFERENCE_RUNNER") or os.path.normpath(
    os.path.join(ROOT, "..", "shared", "reference", "run_reference.py"))
PATTERNS = {"tests/asyncio": re.compile(r"^\d{3}_[a-z0-9_]+\.py$"),
            "tests/sim": re.compile(r"^\d{3}_[a-z0-9_]+\.py$"),
            "scenarios": re.compile(r"^\d{2}_[a-z0-9_]+\.py$")}
SIM = os.path.join("engine", "modules", "sim")  # relative: tracebacks name it so, as ours do
COROSCOPE = os.environ.get("COROSCOPE") or os.path.join(ROOT, "build", "native", "engine", "cli",
                                                        "coroscope")
TIMEOUT_S = 120
REAL_TIME_ATTEMPTS = 2


def programs(directory, only):
    pat = PATTERNS[directory]
    names = sorted(n for n in os.listdir(os.path.join(ROOT, directory)) if pat.match(n))
    if only:
        wanted = {os.path.basename(o) for o in only}
        names = [n for n in names if n in wanted]
    return [directory + "/" + n for n in names]


def run(rel, real_time=False):
    cmd = [sys.executable, RUNNER] + (["--real-time"] if real_time else []) + [rel]
    env = dict(os.environ, PYTHONPATH=SIM, PYTHONDONTWRITEBYTECODE="1")
    try:
        p = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        return None, b"", b"timeout after %d s\n" % TIMEOUT_S
    return p.returncode, p.stdout, p.stderr


def header(rel):
    """Title/description, topic and explanation from the leading comment block."""
    lines = []
    with open(os.path.join(ROOT, rel), encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                break
            lines.append(line[1:].strip())
    info = {"file": rel, "topic": "", "expect_error": False}
    text = []
    for i, line in enumerate(lines):
        if line.lower().startswith("topic:"):
            info["topic"] = line.split(":", 1)[1].strip()
        elif line == "EXPECT-ERROR":
            info["expect_error"] = True
        elif line == "RANDOM":
            info["random"] = True
        elif line.lower().startswith("cpu-time:"):
            info["cpu_time"] = float(line.split(":", 1)[1])
        elif i == 0:
            info["title"] = line
        elif line:
            text.append(line)
    if text:
        info["summary"] = " ".join(text)
    return info


_STAMP = re.compile(r"\b(\d\d):(\d\d):(\d\d)\b")
_ADDR = re.compile(r"0x[0-9a-fA-F]+")


def blank_addresses(data):
    """Object addresses (0x...) differ from run to run; everything else must not."""
    return _ADDR.sub("0x0", data.decode("utf-8", "replace"))


def normalise(data):
    """Wall-clock stamps become offsets from the first stamp; addresses become 0x0."""
    text = data.decode("utf-8", "replace")
    first = []

    def offset(m):
        s = int(m.group(1)) * 3600 + int(m.group(2)) * 60 + int(m.group(3))
        if not first:
            first.append(s)
        return "T+%ds" % (s - first[0])
    return _ADDR.sub("0x0", _STAMP.sub(offset, text))


def run_cpu_time(rel, seconds):
    """Coroscope's stdout with CPU time on (None when the binary is missing)."""
    if not os.path.exists(COROSCOPE):
        return None
    p = subprocess.run([COROSCOPE, "run", "--cpu-time", repr(seconds), rel], cwd=ROOT,
                       capture_output=True, timeout=TIMEOUT_S)
    return p.stdout


def regenerate(rel):
    code, out, err = run(rel)
    base = os.path.join(ROOT, rel[:-3])
    cpu_time = header(rel).get("cpu_time")
    if cpu_time:
        cpu_out = run_cpu_time(rel, cpu_time)
        if cpu_out is None:
            print("note %s: %s missing, %s.cpu.out left as it was" % (rel, COROSCOPE, rel[:-3]))
        else:
            with open(base + ".cpu.out", "wb") as f:
                f.write(cpu_out)
    with open(base + ".out", "wb") as f:
        f.write(out)
    if err:
        with open(base + ".err", "wb") as f:
            f.write(err)
    elif os.path.exists(base + ".err"):
        os.remove(base + ".err")
    return code


def check(rel):
    problems = []
    base = os.path.join(ROOT, rel[:-3])
    with open(base + ".out", "rb") as f:
        want_out = f.read()
    want_err = b""
    if os.path.exists(base + ".err"):
        with open(base + ".err", "rb") as f:
            want_err = f.read()
    cpu_time = header(rel).get("cpu_time")
    if cpu_time:
        cpu_out = run_cpu_time(rel, cpu_time)
        with open(base + ".cpu.out", "rb") as f:
            if cpu_out is not None and cpu_out != f.read():
                problems.append("Coroscope with --cpu-time %r differs from the .cpu.out" % cpu_time)
    for attempt in (1, 2):
        code, out, err = run(rel)
        if (blank_addresses(out), blank_addresses(err)) != (blank_addresses(want_out),
                                                            blank_addresses(want_err)):
            problems.append("virtual run %d differs from the checked-in output" % attempt)
    # Real time is subject to machine load: stamps may drift late (tolerated, see
    # same_but_for_drift); any other mismatch is retried once before it counts.
    for attempt in range(1, REAL_TIME_ATTEMPTS + 1):
        code_rt, out_rt, err_rt = run(rel, real_time=True)
        diffs = [what + " " + first_difference(normalise(got), normalise(want))
                 for what, got, want in (("stdout", out_rt, want_out), ("stderr", err_rt, want_err))
                 if not same_but_for_drift(normalise(got), normalise(want))]
        if not diffs:
            if attempt > 1:
                print("note %s: --real-time matched on attempt %d (first: %s)"
                      % (rel, attempt, "; ".join(first_diffs)))
            break
        if attempt == 1:
            first_diffs = diffs
    else:
        problems.append("--real-time " + "; ".join(diffs))
    return code, code_rt, problems


_DECIMAL = re.compile(r"\d+\.\d+")
DRIFT_S = 0.25


def same_but_for_drift(got, want):
    """Equal, or equal but for printed offsets that real time made slightly later.

    Order, text and every other character must match exactly; a decimal number may be up to
    DRIFT_S larger in the real-time run (a loaded machine delays every timer a little, and the
    delays add up along a chain of sleeps). A number that is smaller or much larger is a real
    difference."""
    if got == want:
        return True
    got_lines, want_lines = got.splitlines(), want.splitlines()
    if len(got_lines) != len(want_lines):
        return False
    for g, w in zip(got_lines, want_lines):
        if g == w:
            continue
        if _DECIMAL.split(g) != _DECIMAL.split(w):
            return False
        for a, b in zip(_DECIMAL.findall(g), _DECIMAL.findall(w)):
            if not 0 <= float(a) - float(b) <= DRIFT_S:
                return False
    return True


def first_difference(got, want):
    for i, (g, w) in enumerate(zip(got.splitlines() + [""], want.splitlines() + [""]), 1):
        if g != w:
            return "differs at line %d: got %r, expected %r" % (i, g, w)
    return "differs"


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    flags = {a for a in argv[1:] if a.startswith("--")}
    if not args or args[0].rstrip("/") not in PATTERNS:
        sys.stderr.write(__doc__)
        return 2
    directory = args[0].rstrip("/")
    files = programs(directory, args[1:])
    jobs = int(os.environ.get("JOBS", "4"))
    manifest_path = os.path.join(ROOT, directory, "manifest.json")

    if "--check" in flags:
        with open(manifest_path, encoding="utf-8") as f:
            expected_exit = {e["file"]: e["exit"] for e in json.load(f)}
        bad = 0
        with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
            for rel, (code, code_rt, problems) in zip(files, pool.map(check, files)):
                if code != expected_exit.get(rel):
                    problems.append("exit %s, manifest says %s" % (code, expected_exit.get(rel)))
                if code_rt != code and code != 3:
                    problems.append("--real-time exit %s, virtual exit %s" % (code_rt, code))
                if problems:
                    bad += 1
                    print("FAIL %s: %s" % (rel, "; ".join(problems)))
        print("%d checked, %d failing" % (len(files), bad))
        return 1 if bad else 0

    old = []
    if os.path.exists(manifest_path):
        with open(manifest_path, encoding="utf-8") as f:
            old = json.load(f)
    entries = {e["file"]: e for e in old if os.path.exists(os.path.join(ROOT, e["file"]))}
    with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
        for rel, code in zip(files, pool.map(regenerate, files)):
            entry = header(rel)
            entry["exit"] = code
            entries[rel] = entry
            print("%-60s exit %s" % (rel, code))
    with open(manifest_path, "w", encoding="utf-8") as f:
        json.dump([entries[k] for k in sorted(entries)], f, indent=1, ensure_ascii=False)
        f.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
