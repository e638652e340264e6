#!/usr/bin/env python3
"""Runs `werk lp` and `glpsol` side by side on every model of Problems/lp and every example
model that Debian's glpk-utils installs (.mod with their data files, .lp, .mps), and records
status, objective and time of both.

Agreement: the same status and, when both report an objective, a relative difference of at
most 1e-6. Models that glpsol cannot finish within the time limit (20 s) are listed but left
out of the agreement count, as the issue asks. Each model runs in a scratch copy of its
directory (some examples read or write CSV/DBF tables next to the model).

Usage: Benchmarks/glpk/compare_glpsol.py [--werk .build/release/werk] [--limit 20]
                                         [--only NAME,...] [--name glpsol-agreement]
Writes Benchmarks/results/glpk/<name>.csv and <name>.md; --only keeps the instances whose
label contains one of the NAMEs (e.g. a second run of the slow ones with a longer limit).
"""
import argparse
import csv
import json
import os
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = Path("/usr/share/doc/glpk-utils/examples")
RESULTS = ROOT / "Benchmarks" / "results" / "glpk"
FORMAT_FLAGS = {".mod": "--math", ".lp": "--lp", ".mps": "--mps"}


def instances():
    """(label, source directory, model file name, [data file names]) for every model."""
    found = []
    for base, label_root in ((ROOT / "Problems" / "lp", "Problems/lp"), (EXAMPLES, "examples")):
        for model in sorted(base.rglob("*")):
            if model.suffix not in FORMAT_FLAGS:
                continue
            directory = model.parent
            relative = model.relative_to(base)
            label = f"{label_root}/{relative}"
            if model.suffix != ".mod":
                found.append((label, directory, model.name, []))
                continue
            data = data_files_for(model)
            text = model.read_text(errors="replace")
            if "data;" in text or not data:
                found.append((label, directory, model.name, []))
            for dat in data:
                found.append((f"{label} + {dat}", directory, model.name, [dat]))
    return found


def data_files_for(model):
    """Data files that go with a model: those named after it (misp1.dat for misp.mod), or
    every .dat of a directory that holds this one model only (pbn/)."""
    directory = model.parent
    dats = sorted(p.name for p in directory.glob("*.dat"))
    named = [d for d in dats if d.startswith(model.stem)]
    if named:
        return named
    models = list(directory.glob("*.mod"))
    return dats if len(models) == 1 else []


def run(command, cwd, limit):
    start = time.monotonic()
    try:
        done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=limit)
        return done.returncode, done.stdout + done.stderr, time.monotonic() - start
    except subprocess.TimeoutExpired:
        return None, "", time.monotonic() - start


def glpsol_result(flag, model, data, cwd, limit):
    solution = Path(cwd) / "glpsol.sol"
    command = ["glpsol", flag, model, "-w", str(solution)]
    for dat in data:
        command += ["-d", dat]
    code, output, seconds = run(command, cwd, limit)
    if code is None:
        return "timeout", None, seconds
    if code != 0:
        return "error", None, seconds
    status = "unknown"
    for message, meaning in (
        ("INTEGER OPTIMAL SOLUTION FOUND", "optimal"),
        ("OPTIMAL LP SOLUTION FOUND", "optimal"),
        ("OPTIMAL SOLUTION FOUND", "optimal"),
        ("HAS NO PRIMAL FEASIBLE SOLUTION", "infeasible"),
        ("HAS NO INTEGER FEASIBLE SOLUTION", "infeasible"),
        ("HAS UNBOUNDED PRIMAL SOLUTION", "unbounded"),
        ("HAS NO DUAL FEASIBLE SOLUTION", "unbounded"),
    ):
        if message in output:
            status = meaning
            break
    objective = None
    if status == "optimal" and solution.exists():
        for line in solution.read_text().splitlines():
            fields = line.split()
            if fields and fields[0] == "s":
                objective = float(fields[-1])
                break
    return status, objective, seconds


def werk_result(werk, model, data, cwd, limit):
    output = Path(cwd) / "werk.json"
    command = [werk, "lp", model, "--output", str(output)]
    for dat in data:
        command += ["--data", dat]
    code, _, seconds = run(command, cwd, limit)
    if code is None:
        return "timeout", None, seconds
    if code == 2 or not output.exists():
        return "error", None, seconds
    document = json.loads(output.read_text())
    return document["status"], document["objective"], seconds


def agree(glpsol, werk):
    if glpsol[0] != werk[0]:
        return False
    if glpsol[1] is None or werk[1] is None:
        return glpsol[1] is None and werk[1] is None
    return abs(glpsol[1] - werk[1]) <= 1e-6 * max(1.0, abs(glpsol[1]))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--werk", default=str(ROOT / ".build" / "release" / "werk"))
    parser.add_argument("--limit", type=float, default=20.0)
    parser.add_argument("--only", default="")
    parser.add_argument("--name", default="glpsol-agreement")
    parser.add_argument("--summary-only", action="store_true",
                        help="rewrite the Markdown summary from the existing CSV")
    arguments = parser.parse_args()
    if arguments.summary_only:
        with open(RESULTS / f"{arguments.name}.csv") as handle:
            rows = [dict(r, glpsol_seconds=float(r["glpsol_seconds"]),
                         werk_seconds=float(r["werk_seconds"]))
                    for r in csv.DictReader(handle)]
        write_results(rows, arguments.limit, arguments.name)
        return
    only = [name for name in arguments.only.split(",") if name]
    werk = str(Path(arguments.werk).resolve())
    RESULTS.mkdir(parents=True, exist_ok=True)
    rows = []
    for label, directory, model, data in instances():
        if only and not any(name in label for name in only):
            continue
        with tempfile.TemporaryDirectory() as scratch:
            work = Path(scratch) / "model"
            shutil.copytree(directory, work)
            flag = FORMAT_FLAGS[Path(model).suffix]
            glpsol = glpsol_result(flag, model, data, work, arguments.limit)
            if glpsol[0] == "timeout":
                werk_run = ("not run", None, 0.0)
                verdict = "excluded (glpsol > limit)"
            else:
                werk_run = werk_result(werk, model, data, work, 3 * arguments.limit)
                verdict = "agree" if agree(glpsol, werk_run) else "DIFFER"
        rows.append({
            "instance": label,
            "glpsol_status": glpsol[0], "glpsol_objective": glpsol[1],
            "glpsol_seconds": round(glpsol[2], 4),
            "werk_status": werk_run[0], "werk_objective": werk_run[1],
            "werk_seconds": round(werk_run[2], 4),
            "verdict": verdict,
        })
        print(f"{verdict:28} {label}: glpsol {glpsol[0]} {glpsol[1]}, werk {werk_run[0]} {werk_run[1]}",
              flush=True)
    write_results(rows, arguments.limit, arguments.name)


def write_results(rows, limit, name):
    with open(RESULTS / f"{name}.csv", "w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    compared = [r for r in rows if not r["verdict"].startswith("excluded")]
    agreed = [r for r in compared if r["verdict"] == "agree"]
    solved = [r for r in agreed if r["glpsol_status"] != "error" and r["glpsol_seconds"] > 0]
    ratios = [r["werk_seconds"] / r["glpsol_seconds"] for r in solved]
    long_ratios = [r["werk_seconds"] / r["glpsol_seconds"] for r in solved
                   if r["glpsol_seconds"] >= 0.5]
    lines = [
        "# `werk lp` vs `glpsol`",
        "",
        f"Models: {len(rows)} (Problems/lp and /usr/share/doc/glpk-utils/examples, each .mod "
        f"also with its data files); {len(rows) - len(compared)} left out because glpsol did "
        f"not finish within {limit:g} s.",
        "",
        f"**Agreement: {len(agreed)} of {len(compared)}** (same status; objective relative "
        "difference ≤ 1e-6). Models that glpsol rejects (e.g. the SQL examples need a "
        "database) agree when werk rejects them too (exit 2).",
        "",
        f"Wall-clock ratio werk/glpsol over the agreeing models, one run each, whole process "
        f"(start-up included): median {statistics.median(ratios):.2f} over all "
        f"{len(ratios)}; median {statistics.median(long_ratios):.2f} over the "
        f"{len(long_ratios)} that take glpsol 0.5 s or more (on the small ones werk's ~40 ms "
        "start-up dominates)." if long_ratios else "",
        "",
        "| instance | glpsol | werk | objective (glpsol) | objective (werk) | glpsol s | werk s | verdict |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for r in rows:
        lines.append(
            f"| {r['instance']} | {r['glpsol_status']} | {r['werk_status']} | "
            f"{r['glpsol_objective']} | {r['werk_objective']} | {r['glpsol_seconds']} | "
            f"{r['werk_seconds']} | {r['verdict']} |")
    (RESULTS / f"{name}.md").write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
