#!/bin/bash
# Runs two builds of `werk plan` one after the other on every task of a PDDL set and writes
# one CSV row per task and build: domain, instance, build, exit status, expansions, wall
# seconds, plan cost. A regression check (coverage, expansions, cost), not a timed benchmark.
#
# usage: BASE=/path/to/werk MAIN=/path/to/werk compare_builds.sh SET_DIR LIMIT_S OUT.csv
set -u
set_dir=$1; limit=$2; out=$3
: "${BASE:?path of the base build}" "${MAIN:?path of the changed build}"
plan=$(mktemp); trap 'rm -f "$plan"' EXIT
echo "domain,instance,build,rc,expanded,wall_s,cost" > "$out"
for dir in "$set_dir"/*/; do
  domain_name=$(basename "$dir")
  for problem in "$dir"/p[0-9]*.pddl; do
    case $problem in *-domain.pddl) continue ;; esac
    instance=$(basename "$problem" .pddl)
    domain=$dir/domain.pddl
    [ -f "$dir/$instance-domain.pddl" ] && domain=$dir/$instance-domain.pddl
    for build in base main; do
      binary=$BASE; [ $build = main ] && binary=$MAIN
      report=$( { /usr/bin/time -f "T %e" "$binary" plan "$domain" "$problem" \
        --time-limit "$limit" --memory-limit 3000 --stats -q -o "$plan" >/dev/null; echo "rc $?"; } 2>&1 )
      expanded=$(echo "$report" | awk '/^expanded:/ {print $2}' | tail -1)
      rc=$(echo "$report" | awk '/^rc/ {print $2}')
      wall=$(echo "$report" | awk '/^T / {print $2}')
      cost=$(grep -o "cost = [0-9]*" "$plan" 2>/dev/null | head -1 | awk '{print $3}')
      : > "$plan"
      echo "$domain_name,$instance,$build,$rc,$expanded,$wall,$cost" >> "$out"
    done
  done
done
