#!/usr/bin/env python3
"""Peer for the flexible job-shop benchmark: OR-Tools CP-SAT, 1 worker.

Model (the textbook one): per operation a start, an end and one optional fixed-size interval
per eligible machine, exactly one of them present; operations of a job in order;
`NoOverlap` over each machine's intervals; minimise the makespan. Writes a JSON report in
`werk schedule`'s layout (status, makespan, bound, activities with job, operation, machine
numbered as in the file, start, finish) so that one checker reads both.

usage: fjsp_cpsat.py INSTANCE.fjs LIMIT_SECONDS OUT.json  (runs in a Python with ortools)
"""
import json
import sys

from ortools.sat.python import cp_model

from fjsp_check import read_instance


def solve(path, limit):
    jobs, _ = read_instance(path)
    horizon = sum(max(durations.values()) for job in jobs for durations in job)
    model = cp_model.CpModel()
    makespan = model.NewIntVar(0, horizon, "makespan")
    per_machine = {}
    variables = []
    for j, job in enumerate(jobs):
        previous_end = None
        for o, durations in enumerate(job):
            start = model.NewIntVar(0, horizon, f"s{j}_{o}")
            end = model.NewIntVar(0, horizon, f"e{j}_{o}")
            choices = {}
            for machine, duration in durations.items():
                present = model.NewBoolVar(f"x{j}_{o}_{machine}")
                interval = model.NewOptionalFixedSizeIntervalVar(
                    start, duration, present, f"i{j}_{o}_{machine}")
                model.Add(end == start + duration).OnlyEnforceIf(present)
                per_machine.setdefault(machine, []).append(interval)
                choices[machine] = present
            model.AddExactlyOne(choices.values())
            if previous_end is not None:
                model.Add(start >= previous_end)
            previous_end = end
            variables.append((j, o, start, end, choices))
        model.Add(makespan >= previous_end)
    for intervals in per_machine.values():
        model.AddNoOverlap(intervals)
    model.Minimize(makespan)
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = limit
    solver.parameters.num_workers = 1
    code = solver.Solve(model)
    report = {"status": "unknown", "makespan": None, "bound": None, "activities": []}
    if code in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        report["status"] = "optimal" if code == cp_model.OPTIMAL else "feasible"
        report["makespan"] = int(solver.Value(makespan))
        report["bound"] = int(solver.BestObjectiveBound())
        for j, o, start, end, choices in variables:
            machine = next(m for m, present in choices.items() if solver.Value(present))
            report["activities"].append({
                "job": j, "operation": o, "machine": machine,
                "start": int(solver.Value(start)), "finish": int(solver.Value(end))})
    elif code == cp_model.INFEASIBLE:
        report["status"] = "infeasible"
    return report


def main():
    report = solve(sys.argv[1], float(sys.argv[2]))
    with open(sys.argv[3], "w", encoding="utf-8") as handle:
        json.dump(report, handle)


if __name__ == "__main__":
    main()
