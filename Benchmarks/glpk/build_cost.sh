#!/bin/sh
# Model-building cost: a 1,000,000-nonzero sparse model (100,000 rows x 100,000 columns,
# 10 nonzeros per row) built through the Swift API (LinearModel + load into GLPK) and
# through glp_add_rows/cols + glp_load_matrix directly in C on the same arrays.
# Runs both alternately REPETITIONS times and writes
# Benchmarks/results/glpk/build-cost.csv and build-cost.md (medians and their ratio).
# Usage: Benchmarks/glpk/build_cost.sh [REPETITIONS]
set -eu
cd "$(dirname "$0")/../.."
repetitions=${1:-7}
rows=100000 columns=100000 per_row=10
results=Benchmarks/results/glpk
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$results"

cc -O2 -o "$scratch/direct" Benchmarks/glpk/build_cost_direct.c -lglpk
swift build -c release --product glpk-build-cost >/dev/null
swift_side=$(swift build -c release --show-bin-path)/glpk-build-cost

echo "side,nonzeros,seconds,swift_model_seconds" > "$scratch/runs.csv"
i=0
while [ $i -lt "$repetitions" ]; do
    "$scratch/direct" $rows $columns $per_row 1 | sed 's/$/,/' >> "$scratch/runs.csv"
    "$swift_side" $rows $columns $per_row 1 >> "$scratch/runs.csv"
    i=$((i + 1))
done
cp "$scratch/runs.csv" "$results/build-cost.csv"

python3 - "$results" "$repetitions" <<'PY'
import csv, statistics, sys
results, repetitions = sys.argv[1], sys.argv[2]
rows = list(csv.DictReader(open(f"{results}/build-cost.csv")))
direct = [float(r["seconds"]) for r in rows if r["side"] == "direct"]
swift = [float(r["seconds"]) for r in rows if r["side"] == "swift"]
model = [float(r["swift_model_seconds"]) for r in rows if r["side"] == "swift"]
nonzeros = rows[0]["nonzeros"]
d, s, b = statistics.median(direct), statistics.median(swift), statistics.median(model)
open(f"{results}/build-cost.md", "w").write(f"""# Model-building cost: Swift API vs `glp_load_matrix`

Sparse model: 100,000 rows x 100,000 columns, {int(nonzeros):,} nonzeros (10 per row),
bounded columns, `<=` rows. Release build, {repetitions} alternating runs of each side on a
shared 2-core machine; medians.

| path | median seconds |
| --- | --- |
| direct C: `glp_add_rows/cols`, bounds, `glp_load_matrix` on prebuilt arrays | {d:.3f} |
| Swift: `LinearModel` rows + names, checks, load into GLPK (total) | {s:.3f} |
| of which building the `LinearModel` | {b:.3f} |

**Ratio Swift / direct: {s / d:.2f}** (target: at most 2).
""")
print(f"direct {d:.3f} s, swift {s:.3f} s (model {b:.3f} s), ratio {s / d:.2f}")
PY
