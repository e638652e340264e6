#!/bin/bash
# Compares the first plans of two werk builds on the same tasks, one process at a time:
# the cost of classical plans and the makespan of temporal ones (plan quality, not speed).
#   Benchmarks/planning/compare_first_plans.sh OLD_WERK NEW_WERK classical|temporal > out.csv
# classical: every fourth of the first 40 tasks of each domain of ../shared/benchmarks/pddl;
# temporal: p01, p05, p10, p15 and p20 of each domain of ../shared/benchmarks/temporal.
# Each run: `werk plan DOMAIN PROBLEM --time-limit 10` (no --anytime); empty = no plan.
set -u
old=$1 new=$2 kind=$3
shared=$(cd "$(dirname "$0")/../../.." && pwd)/shared/benchmarks
quality() { # werk domain problem → the cost or makespan of its plan
    timeout 20 "$1" plan "$2" "$3" --time-limit 10 2>/dev/null |
        awk '/^; (cost|makespan) =/ { print $4 }'
}
if [ "$kind" = classical ]; then
    echo "domain,task,cost_before,cost_after"
    root=$shared/pddl
else
    echo "domain,task,makespan_before,makespan_after"
    root=$shared/temporal
fi
for dir in "$root"/*/; do
    domain=$(basename "$dir")
    if [ "$kind" = classical ]; then
        tasks=$(ls "$dir" | grep -v domain | head -40 | awk 'NR % 4 == 1')
    else
        tasks="p01.pddl p05.pddl p10.pddl p15.pddl p20.pddl"
    fi
    for task in $tasks; do
        domainFile=$dir/domain.pddl
        [ -f "$dir/${task%.pddl}-domain.pddl" ] && domainFile=$dir/${task%.pddl}-domain.pddl
        echo "$domain,$task,$(quality "$old" "$domainFile" "$dir/$task"),$(quality "$new" "$domainFile" "$dir/$task")"
    done
done
