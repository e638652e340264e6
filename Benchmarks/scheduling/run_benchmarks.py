#!/usr/bin/env python3
"""Runs `werk schedule` and the peers (CP-SAT with 1 worker, glpsol on the textbook
time-indexed model) side by side, one instance at a time, same time limit, one thread.
Every werk schedule is re-checked here by an independent checker (instances.check).

usage: run_benchmarks.py SET [--every N] [--solvers werk,cpsat,glpk] [--limit 10]
                         [--werk PATH] [--out CSV] [--only NAME,...] [--threads N]
SET: j30 j60 j120 mm-j10 mm-j20 mm-j30 jssp. Appends rows to the CSV (default
Benchmarks/results/scheduling/results.csv); summarize.py writes the Markdown summary.
"""
import argparse, csv, json, os, subprocess, sys, tempfile, time
from instances import read_psplib, read_jobshop, check
import peers

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = next((c for c in (os.path.join(os.path.dirname(ROOT), 'shared', 'benchmarks'),
                           os.path.join(os.path.dirname(os.path.dirname(ROOT)), 'shared', 'benchmarks'))
               if os.path.isdir(c)), os.path.join(os.path.dirname(ROOT), 'shared', 'benchmarks'))
SETS = {
    'j30': ('rcpsp/j30', 'rcpsp/j30_bounds.csv'), 'j60': ('rcpsp/j60', 'rcpsp/j60_bounds.csv'),
    'j120': ('rcpsp/j120', 'rcpsp/j120_bounds.csv'), 'mm-j10': ('mrcpsp/j10', 'mrcpsp/j10_bounds.csv'),
    'mm-j20': ('mrcpsp/j20', 'mrcpsp/j20_bounds.csv'), 'mm-j30': ('mrcpsp/j30', 'mrcpsp/j30_bounds.csv'),
    'jssp': ('jssp', 'jssp/bounds.csv'),
}
FIELDS = ['set', 'instance', 'solver', 'status', 'makespan', 'bound', 'seconds', 'known', 'known_optimal', 'check']


def run_werk(werk, path, limit, threads=1):
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, 's.json')
        t0 = time.perf_counter()
        r = subprocess.run([werk, 'schedule', path, '--time-limit', str(limit), '--threads', str(threads),
                            '--output', out], capture_output=True, text=True)
        wall = time.perf_counter() - t0
        if r.returncode not in (0, 1, 3) or not os.path.exists(out):
            return 'error', '', '', wall, None
        doc = json.load(open(out))
        return doc['status'], doc.get('makespan') or '', doc.get('bound') or '', wall, doc['activities']


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('set', choices=SETS)
    ap.add_argument('--every', type=int, default=1)
    ap.add_argument('--solvers', default='werk,cpsat,glpk')
    ap.add_argument('--limit', type=float, default=10)
    ap.add_argument('--werk', default=os.path.join(ROOT, '.build', 'release', 'werk'))
    ap.add_argument('--out', default=os.path.join(ROOT, 'Benchmarks', 'results', 'scheduling', 'results.csv'))
    ap.add_argument('--only', default='')
    ap.add_argument('--threads', type=int, default=1,
                    help='werk --threads; above 1 its rows are named werk-tN')
    args = ap.parse_args()
    folder, bounds_file = SETS[args.set]
    bounds = {row['instance']: row for row in csv.DictReader(open(os.path.join(SHARED, bounds_file)))}
    files = sorted(f for f in os.listdir(os.path.join(SHARED, folder)) if f.endswith(('.sm', '.mm', '.txt')))
    files = [f for f in files if f.rsplit('.', 1)[0] in bounds][::args.every]
    if args.only:
        files = [f for f in files if f.rsplit('.', 1)[0] in args.only.split(',')]
    solvers = args.solvers.split(',')
    new = not os.path.exists(args.out)
    with open(args.out, 'a', newline='') as handle:
        writer = csv.DictWriter(handle, FIELDS)
        if new:
            writer.writeheader()
        for name in files:
            path = os.path.join(SHARED, folder, name)
            instance = name.rsplit('.', 1)[0]
            project = read_jobshop(path, instance) if args.set == 'jssp' else read_psplib(path, instance)
            known = bounds[instance]
            single_mode = all(len(m) == 1 for m in project.modes) and 'N' not in project.kinds
            for solver in solvers:
                verdict = ''
                if solver == 'werk':
                    status, makespan, bound, wall, activities = run_werk(args.werk, path, args.limit, args.threads)
                    if activities:
                        errors = check(project, activities)
                        verdict = 'ok' if not errors else 'FAIL: ' + '; '.join(errors[:3])
                elif solver == 'cpsat':
                    status, makespan, bound, wall = peers.cpsat(project, args.limit)
                elif solver == 'glpk':
                    if not single_mode or args.set == 'jssp':
                        continue
                    status, makespan, bound, wall = peers.glpsol_time_indexed(project, args.limit)
                else:
                    sys.exit(f'unknown solver {solver}')
                name = solver if solver != 'werk' or args.threads == 1 else f'werk-t{args.threads}'
                writer.writerow({'set': args.set, 'instance': instance, 'solver': name, 'status': status,
                                 'makespan': makespan, 'bound': bound, 'seconds': f'{wall:.2f}',
                                 'known': known['ub'], 'known_optimal': known['optimal'], 'check': verdict})
                handle.flush()


if __name__ == '__main__':
    main()
