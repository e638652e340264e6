#!/bin/sh
# Coverage-guided fuzzing of every reader with libFuzzer (docs/reliability.md).
#   Fuzz/run.sh [SECONDS] [TARGET…]   default: 60 seconds for each target, one at a time
# Builds werk-fuzz with -sanitize=fuzzer,address into .build/fuzz, seeds each target's corpus
# from the repository's examples and fixtures (copied to .build/fuzz/corpus/TARGET, which
# libFuzzer extends), and keeps crashes in .build/fuzz/crashes/TARGET. Prints one summary
# line a target; exits 1 if any target found a crash, a leak, a timeout or too much memory.
# Leak detection is on (FUZZ_DETECT_LEAKS=0 turns it off), with the suppressions of
# Tests/sanitizers/lsan.supp: memory kept for the whole run that LeakSanitizer cannot see
# referenced (Swift's tagged enum pointers) and a leak in Foundation (docs/reliability.md).
set -u
cd "$(dirname "$0")/.."
seconds=${1:-60}
[ $# -gt 0 ] && shift
targets=${*:-"pddl-domain pddl-problem pddl-plan pddl-tokens pop psplib patterson jobshop scheduling-yaml workflow scenario lp mps mathprog"}
out=.build/fuzz
# The toolset adds -sanitize=fuzzer,address and -DFUZZING to every Swift module and links
# with lld (gold fails with an internal error on the sanitized objects).
swift build -c release --product werk-fuzz --scratch-path "$out" \
    --toolset Fuzz/toolset.json >"$out.log" 2>&1 \
    || { tail -20 "$out.log"; exit 2; }
binary=$out/release/werk-fuzz

# The seed files of a target: folders and name patterns.
seeds() {
    case $1 in
    pddl-domain|pddl-problem) find Problems Tests/Corpus/pddl -name '*.pddl' | head -400 ;;
    pddl-plan) find Tests/PDDLTests/Fixtures docs/examples -name '*.plan' ;;
    # Edits on the tokens of the seed pairs (Fuzz/Harness/PDDLTokenEdits.swift): one input a
    # pair, unedited.
    pddl-tokens) for seed in 0 1 2 3 4 5; do printf "\\$seed" >"$out/pddl-tokens-seed$seed"; echo "$out/pddl-tokens-seed$seed"; done ;;
    pop) find docs/examples -name '*pop*.json' ;;
    psplib) find Problems Tests/Corpus Tests/SchedulingTests -name '*.sm' -o -name '*.mm' ;;
    patterson) find Problems Tests/Corpus Tests/SchedulingTests -name '*.rcp' ;;
    jobshop) find Problems/scheduling Tests/Corpus/jssp Tests/SchedulingTests/Fixtures -name '*.txt' ;;
    scheduling-yaml) find Problems/scheduling Tests/SchedulingTests/Fixtures -name '*.yaml' -o -name '*.json' ;;
    workflow) find Problems/workflows -name '*.json' ;;
    scenario) find Problems/scenarios -name '*.yaml' ;;
    lp) find Problems/lp Tests/GLPKTests/Fixtures -name '*.lp' ;;
    mps) find Problems/lp Tests/GLPKTests/Fixtures -name '*.mps' ;;
    mathprog) find Problems/lp Tests/GLPKTests/Fixtures -name '*.mod' ;;
    esac
}

leaks=${FUZZ_DETECT_LEAKS:-1}
export ASAN_OPTIONS="detect_leaks=$leaks"
export LSAN_OPTIONS="suppressions=$(pwd)/Tests/sanitizers/lsan.supp"
status=0
for target in $targets; do
    corpus=$out/corpus/$target
    crashes=$out/crashes/$target
    mkdir -p "$corpus" "$crashes"
    seeds "$target" | while read -r file; do cp "$file" "$corpus/"; done
    log=$out/$target.log
    "$binary" "$target" "$corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -detect_leaks="$leaks" \
        -max_len=65536 -artifact_prefix="$crashes/" -print_final_stats=1 >"$log" 2>&1
    result=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    count() { ls "$crashes" | grep -c "^$1-"; }
    echo "$target: ${runs:-?} inputs in ${seconds} s, corpus $(ls "$corpus" | wc -l) files," \
        "findings $(ls "$crashes" | wc -l) (crash $(count crash), leak $(count leak)," \
        "timeout $(count timeout), oom $(count oom)) (exit $result)"
    [ "$result" -ne 0 ] && status=1
done
exit $status
