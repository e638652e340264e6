#!/usr/bin/env python3
"""Independent checker for flexible job-shop schedules, written apart from the solver.

Reads a `.fjs` instance (Brandimarte/Hurink text; machines numbered from 0, or from 1 when
the file names machine `machines` and never 0) and a schedule given as
`(job, operation, machine, start, finish)` rows with machines numbered as in the file, and
checks: every operation scheduled exactly once, on an eligible machine, with that
machine's duration; operations of a job in order; no two operations overlapping on a
machine (one of duration 0 occupies no time); the claimed makespan equal to the latest finish.

    fjsp_check.py INSTANCE.fjs SCHEDULE.json   # werk schedule's JSON ("activities")
"""

import json
import sys


def read_instance(path):
    """The jobs as lists of {machine: duration} dicts, machines numbered as in the file."""
    with open(path, encoding="utf-8-sig") as handle:
        lines = [line.split() for line in handle.read().splitlines()]
    lines = [line for line in lines if line and not line[0].startswith("#")]
    jobs_count, machines = int(lines[0][0]), int(lines[0][1])
    jobs = []
    for line in lines[1 : 1 + jobs_count]:
        numbers = [int(token) for token in line]
        operations, at = [], 1
        for _ in range(numbers[0]):
            choices = numbers[at]
            pairs = numbers[at + 1 : at + 1 + 2 * choices]
            operations.append({pairs[i]: pairs[i + 1] for i in range(0, len(pairs), 2)})
            at += 1 + 2 * choices
        if at != len(numbers):
            raise ValueError(f"{path}: malformed job line")
        jobs.append(operations)
    if len(jobs) != jobs_count:
        raise ValueError(f"{path}: {len(jobs)} job lines for {jobs_count} jobs")
    return jobs, machines


def violations(jobs, rows, makespan=None):
    """Every violation of `rows` (job, operation, machine, start, finish) as a string."""
    problems = []
    seen = {}
    for job, operation, machine, start, finish in rows:
        if (job, operation) in seen:
            problems.append(f"job {job} operation {operation} scheduled twice")
        seen[(job, operation)] = (machine, start, finish)
    for job, operations in enumerate(jobs):
        previous_finish = 0
        for index, durations in enumerate(operations):
            entry = seen.get((job, index))
            if entry is None:
                problems.append(f"job {job} operation {index} not scheduled")
                continue
            machine, start, finish = entry
            if machine not in durations:
                problems.append(f"job {job} operation {index}: machine {machine} not eligible")
            elif finish - start != durations[machine]:
                problems.append(
                    f"job {job} operation {index}: duration {finish - start} on machine "
                    f"{machine}, expected {durations[machine]}")
            if start < previous_finish:
                problems.append(f"job {job} operation {index} starts before its predecessor ends")
            previous_finish = finish
    extra = set(seen) - {(j, o) for j, ops in enumerate(jobs) for o in range(len(ops))}
    problems.extend(f"unknown operation {key}" for key in sorted(extra))
    by_machine = {}
    for machine, start, finish in seen.values():
        if finish > start:  # an operation of duration 0 occupies no machine time
            by_machine.setdefault(machine, []).append((start, finish))
    for machine, intervals in by_machine.items():
        intervals.sort()
        for (_, first_end), (second_start, _) in zip(intervals, intervals[1:]):
            if second_start < first_end:
                problems.append(f"overlap on machine {machine} at {second_start}")
    latest = max((finish for _, _, finish in seen.values()), default=0)
    if makespan is not None and makespan != latest:
        problems.append(f"claimed makespan {makespan}, latest finish {latest}")
    return problems


def main():
    jobs, _ = read_instance(sys.argv[1])
    with open(sys.argv[2], encoding="utf-8") as handle:
        report = json.load(handle)
    rows = [
        (a["job"], a["operation"], a["machine"], a["start"], a["finish"])
        for a in report["activities"]
    ]
    problems = violations(jobs, rows, report.get("makespan"))
    for problem in problems:
        print(problem)
    print("valid" if not problems else f"{len(problems)} violations")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
