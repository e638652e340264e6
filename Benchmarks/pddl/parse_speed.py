#!/usr/bin/env python3
"""Parse speed of `werk` against Fast Downward's translator on the largest problems.

For the largest tasks (domain + problem bytes) of shared/benchmarks/pddl and pddl-hard, runs in one session,
side by side and `--repeat` times each:
- Fast Downward's translator (`fast-downward.py --translate`, from `up-fast-downward`), read
  until its log line `Parsing: [Xs CPU, Ys wall-clock]`, then stopped (the rest of translation
  is not parsing);
- `werk validate --timings DOMAIN PROBLEM EMPTY-PLAN`, whose `parse:` figures (wall-clock and
  CPU) cover reading, lexing and parsing both files.
Writes Benchmarks/results/pddl/parse-speed.{csv,md} with medians and ratios.

Usage: python3 Benchmarks/pddl/parse_speed.py [--per-collection N] [--repeat R]
"""

import argparse
import csv
import os
import re
import signal
import statistics
import subprocess
import tempfile

import tools

FD_PARSING = re.compile(r"^Parsing: \[([0-9.]+)s CPU, ([0-9.]+)s wall-clock\]")
WERK_PARSE = re.compile(r"parse: ([0-9.eE+-]+) s \(CPU ([0-9.eE+-]+) s\)")


def fast_downward_parse(domain, problem):
    """(CPU seconds, wall seconds) of the translator's parse phase."""
    with tempfile.TemporaryDirectory() as work:
        process = subprocess.Popen(
            ["python3", str(tools.fast_downward()), "--translate", str(domain), str(problem)],
            cwd=work, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"}, start_new_session=True)
        try:
            for line in process.stdout:
                match = FD_PARSING.match(line)
                if match:
                    return float(match.group(1)), float(match.group(2))
        finally:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    raise RuntimeError(f"no parse time in Fast Downward's log for {problem}")


def werk_parse(domain, problem, empty_plan):
    """(CPU seconds, wall seconds) of werk's parse phase in one `werk validate --timings` run."""
    result = subprocess.run(
        [str(tools.werk()), "validate", "--timings", str(domain), str(problem), str(empty_plan)],
        capture_output=True, text=True)
    match = WERK_PARSE.search(result.stderr)
    if result.returncode not in (0, 1) or not match:
        raise RuntimeError(f"werk failed on {problem}: {result.stderr}")
    return float(match.group(2)), float(match.group(1))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-collection", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=3)
    arguments = parser.parse_args()
    tools.werk()
    selected = []
    for collection in ("pddl", "pddl-hard"):
        tasks = sorted(tools.tasks(collection),
                       key=lambda t: t[2].stat().st_size + t[3].stat().st_size, reverse=True)
        selected += [(collection, *task) for task in tasks[:arguments.per_collection]]
    rows = []
    with tempfile.NamedTemporaryFile("w", suffix=".plan") as empty_plan:
        for collection, domain_name, problem_name, domain, problem in selected:
            fd_runs = [fast_downward_parse(domain, problem) for _ in range(arguments.repeat)]
            werk_runs = [werk_parse(domain, problem, empty_plan.name) for _ in range(arguments.repeat)]
            row = {
                "collection": collection, "task": f"{domain_name}/{problem_name}",
                "bytes": domain.stat().st_size + problem.stat().st_size,
                "fd_parse_cpu_s": statistics.median(r[0] for r in fd_runs),
                "fd_parse_wall_s": statistics.median(r[1] for r in fd_runs),
                "werk_parse_cpu_s": statistics.median(r[0] for r in werk_runs),
                "werk_parse_wall_s": statistics.median(r[1] for r in werk_runs),
            }
            row["ratio_wall"] = row["fd_parse_wall_s"] / max(row["werk_parse_wall_s"], 1e-9)
            # FD reports CPU time in steps of 10 ms: below that no CPU ratio is meaningful.
            row["ratio_cpu"] = (row["fd_parse_cpu_s"] / max(row["werk_parse_cpu_s"], 1e-9)
                                if row["fd_parse_cpu_s"] >= 0.05 else float("nan"))
            rows.append(row)
            print(row, flush=True)
    write_results(rows, arguments.repeat)


def write_results(rows, repeat):
    tools.RESULTS.mkdir(parents=True, exist_ok=True)
    with open(tools.RESULTS / "parse-speed.csv", "w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    lines = [
        "# Parse speed: `werk` vs Fast Downward's translator",
        "",
        f"Median of {repeat} runs per task, measured side by side in one session on a shared "
        "2-core machine (noisy: wall-clock times include waiting for a core, CPU times do not). "
        "FD: the `Parsing:` line of the translator log. werk: the `parse:` figures of "
        "`werk validate --timings` (read + lex + parse of domain and problem). FD reports CPU "
        "time in 10 ms steps, so no CPU ratio is given where its parse takes under 50 ms.",
        "",
        "| task | size (KB) | FD parse CPU (s) | FD parse wall (s) | werk parse CPU (s) | "
        "werk parse wall (s) | CPU ratio FD/werk | wall ratio FD/werk |",
        "|---|---|---|---|---|---|---|---|",
    ]
    cpu_ratios = [r["ratio_cpu"] for r in rows if r["ratio_cpu"] == r["ratio_cpu"]]
    for row in rows:
        lines.append(
            f"| {row['collection']}/{row['task']} | {row['bytes'] / 1024:.0f} | "
            f"{row['fd_parse_cpu_s']:.3f} | {row['fd_parse_wall_s']:.3f} | "
            f"{row['werk_parse_cpu_s']:.4f} | {row['werk_parse_wall_s']:.4f} | "
            f"{'–' if row['ratio_cpu'] != row['ratio_cpu'] else format(row['ratio_cpu'], '.1f')} | "
            f"{row['ratio_wall']:.1f} |")
    lines += [
        "",
        f"CPU ratio (FD parse / werk parse) where FD's parse takes ≥ 50 ms: median "
        f"{statistics.median(cpu_ratios):.1f}×, smallest {min(cpu_ratios):.1f}×. Wall-clock "
        f"ratio: median {statistics.median(r['ratio_wall'] for r in rows):.1f}×, smallest "
        f"{min(r['ratio_wall'] for r in rows):.1f}×.",
    ]
    (tools.RESULTS / "parse-speed.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
