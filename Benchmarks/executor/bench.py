#!/usr/bin/env python3
"""Executor overhead: `werk run --jobs 2` vs `make -j2` vs `snakemake --cores 2`.

The same layered no-op DAG for all three: LAYERS x WIDTH steps, step (l, j) after
(l-1, j) and (l-1, (j+1) % WIDTH), each running `touch out/L<l>_<j>`. werk reads a
werkvloei.workflow/v1 file (argv commands, a fresh state directory per run), make an
explicit Makefile, snakemake one generic rule with an input function (its idiomatic form).
Runs are interleaved (werk, make, snakemake, werk, ...) so that all three see the same
machine load; wall and CPU seconds (user + sys of the tool and its children, from wait4)
are recorded, and every run is checked to have produced all outputs.

Writes results.csv and results.md to the output directory.

Usage: bench.py --werk .build/release/werk [--sizes 10x100,100x100] [--reps 3]
                [--snakemake-reps 1] [--out Benchmarks/results/executor]
"""
import argparse
import csv
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time


def generate(directory, layers, width):
    """Writes workflow.json, Makefile and Snakefile for the DAG into directory."""
    def name(l, j):
        return f"L{l}_{j}"

    def deps(l, j):
        return [] if l == 0 else [name(l - 1, j), name(l - 1, (j + 1) % width)]

    steps = [{"id": name(l, j), "command": ["touch", f"out/{name(l, j)}"],
              "after": deps(l, j), "planned_start": l, "planned_duration": 0}
             for l in range(layers) for j in range(width)]
    with open(os.path.join(directory, "workflow.json"), "w") as f:
        json.dump({"schema": "werkvloei.workflow/v1", "name": f"noop-{layers}x{width}",
                   "resources": {}, "steps": steps}, f)
    with open(os.path.join(directory, "Makefile"), "w") as f:
        targets = " ".join(f"out/{name(l, j)}" for l in range(layers) for j in range(width))
        f.write(f"all: {targets}\n")
        for l in range(layers):
            for j in range(width):
                d = " ".join(f"out/{x}" for x in deps(l, j))
                f.write(f"out/{name(l, j)}: {d}\n\t@touch $@\n")
    with open(os.path.join(directory, "Snakefile"), "w") as f:
        f.write(f"""WIDTH = {width}
def deps(wc):
    l, j = int(wc.l), int(wc.j)
    return [] if l == 0 else [f"out/L{{l-1}}_{{j}}", f"out/L{{l-1}}_{{(j+1) % WIDTH}}"]

rule all:
    input: [f"out/L{{l}}_{{j}}" for l in range({layers}) for j in range(WIDTH)]

rule job:
    input: deps
    output: "out/L{{l}}_{{j}}"
    wildcard_constraints: l=r"\\d+", j=r"\\d+"
    shell: "touch {{output}}"
""")


def timed(command, directory, log):
    """Runs command in directory; returns (exit status, wall s, CPU s of it and its children)."""
    with open(log, "w") as out:
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=directory, stdout=out, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
    return os.waitstatus_to_exitcode(status), wall, usage.ru_utime + usage.ru_stime


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--werk", required=True)
    parser.add_argument("--sizes", default="10x100,100x100")
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--snakemake-reps", type=int, default=1)
    parser.add_argument("--out", default="Benchmarks/results/executor")
    args = parser.parse_args()
    werk = os.path.abspath(args.werk)
    os.makedirs(args.out, exist_ok=True)
    versions = {
        "make": subprocess.run(["make", "--version"], capture_output=True, text=True).stdout.splitlines()[0],
        "snakemake": subprocess.run(["snakemake", "--version"], capture_output=True, text=True).stdout.strip(),
    }
    rows = []
    scratch = tempfile.mkdtemp(prefix="werk-executor-bench-")
    try:
        for size in args.sizes.split(","):
            layers, width = map(int, size.split("x"))
            steps = layers * width
            directory = os.path.join(scratch, size)
            os.makedirs(directory)
            generate(directory, layers, width)
            tools = {
                "werk": [werk, "run", "workflow.json", "--state", "state", "--jobs", "2", "--quiet"],
                "make": ["make", "-j2"],
                "snakemake": ["snakemake", "--cores", "2", "--quiet"],
            }
            for rep in range(1, args.reps + 1):
                for tool, command in tools.items():
                    if tool == "snakemake" and rep > args.snakemake_reps:
                        continue
                    for leftover in ("out", "state", ".snakemake"):
                        shutil.rmtree(os.path.join(directory, leftover), ignore_errors=True)
                    os.makedirs(os.path.join(directory, "out"))
                    load = os.getloadavg()[0]
                    log = os.path.join(directory, f"{tool}.{rep}.log")
                    status, wall, cpu = timed(command, directory, log)
                    outputs = len(os.listdir(os.path.join(directory, "out")))
                    ok = status == 0 and outputs == steps
                    if not ok:
                        with open(log) as f:
                            sys.stderr.write(f"{tool} {size} rep {rep} FAILED ({status}, {outputs} outputs):\n"
                                             + f.read()[-1500:] + "\n")
                    rows.append({"steps": steps, "shape": size, "tool": tool, "rep": rep,
                                 "wall_s": round(wall, 3), "cpu_s": round(cpu, 3),
                                 "load1_before": load, "ok": ok})
                    print(f"{size} {tool} rep {rep}: wall {wall:.2f}s cpu {cpu:.2f}s ok={ok}",
                          flush=True)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    with open(os.path.join(args.out, "results.csv"), "w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0].keys()))
        writer.writeheader()
        writer.writerows(rows)

    def median(steps, tool, key):
        values = [r[key] for r in rows if r["steps"] == steps and r["tool"] == tool and r["ok"]]
        return statistics.median(values) if values else float("nan")

    lines = [
        "# Executor overhead: no-op steps, 2 parallel jobs",
        "",
        f"Measured {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} on the shared 2-core machine "
        f"by `Benchmarks/executor/bench.py` ({versions['make']}, snakemake {versions['snakemake']}). "
        "Layered DAG, each step `touch out/<id>`, two predecessors per step. Medians of "
        f"{args.reps} interleaved runs for werk and make, {args.snakemake_reps} for snakemake. "
        "CPU = user + sys of the tool and its children. The machine is shared and noisy: "
        "read ratios, not absolute figures.",
        "",
        "| steps | werk wall s | make wall s | snakemake wall s | werk / make | snakemake / werk "
        "| werk CPU ms/step | make CPU ms/step | snakemake CPU ms/step |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for steps in sorted({r["steps"] for r in rows}):
        werk_wall, make_wall, smk_wall = (median(steps, t, "wall_s") for t in ("werk", "make", "snakemake"))
        per_step = [median(steps, t, "cpu_s") / steps * 1000 for t in ("werk", "make", "snakemake")]
        lines.append(
            f"| {steps:,} | {werk_wall:.2f} | {make_wall:.2f} | {smk_wall:.2f} | "
            f"{werk_wall / make_wall:.2f}× | {smk_wall / werk_wall:.1f}× | "
            + " | ".join(f"{value:.2f}" for value in per_step) + " |")
    lines += ["", "Targets (issue 7): werk / make ≤ 1.5×, snakemake / werk ≥ 10×.", ""]
    with open(os.path.join(args.out, "results.md"), "w") as f:
        f.write("\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
