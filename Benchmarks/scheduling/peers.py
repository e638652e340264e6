"""The peers: OR-Tools CP-SAT (1 worker) and glpsol on the textbook time-indexed model."""
import os, re, subprocess, tempfile, time
from ortools.sat.python import cp_model

HERE = os.path.dirname(os.path.abspath(__file__))


def serial_sgs_horizon(p):
    """Makespan of a serial SGS with the latest-finish rule and shortest modes (the peers'
    horizon); the sum of the longest durations for multi-mode budgets."""
    if any(k == 'N' for k in p.kinds) or any(len(m) > 1 for m in p.modes):
        return sum(max(d for d, _ in m) for m in p.modes)
    d = [m[0][0] for m in p.modes]
    pred = [[] for _ in range(p.n)]
    for i in range(p.n):
        for s in p.succ[i]:
            pred[s].append(i)
    order, indeg = [], [len(x) for x in pred]
    ready = [i for i in range(p.n) if indeg[i] == 0]
    while ready:
        i = ready.pop()
        order.append(i)
        for s in p.succ[i]:
            indeg[s] -= 1
            if indeg[s] == 0:
                ready.append(s)
    es = [0] * p.n
    for i in order:
        for s in p.succ[i]:
            es[s] = max(es[s], es[i] + d[i])
    length = max(es[i] + d[i] for i in range(p.n))
    lf = [length] * p.n
    for i in reversed(order):
        for s in p.succ[i]:
            lf[i] = min(lf[i], lf[s] - d[s])
    use = {}
    start = [None] * p.n
    done = set()
    while len(done) < p.n:
        elig = [i for i in range(p.n) if i not in done and all(q in done for q in pred[i])]
        i = min(elig, key=lambda x: (lf[x], x))
        t = max([start[q] + d[q] for q in pred[i]] + [0])
        while any(use.get((k, tt), 0) + p.modes[i][0][1][k] > p.caps[k]
                  for k in range(len(p.caps)) for tt in range(t, t + d[i])):
            t += 1
        for k in range(len(p.caps)):
            for tt in range(t, t + d[i]):
                use[(k, tt)] = use.get((k, tt), 0) + p.modes[i][0][1][k]
        start[i] = t
        done.add(i)
    return max(start[i] + d[i] for i in range(p.n))


def cpsat(p, limit):
    horizon = serial_sgs_horizon(p)
    m = cp_model.CpModel()
    starts, ends, chosen, intervals = [], [], [], []
    for i in range(p.n):
        s = m.NewIntVar(0, horizon, f's{i}')
        e = m.NewIntVar(0, horizon, f'e{i}')
        if len(p.modes[i]) == 1:
            d = p.modes[i][0][0]
            iv = [m.NewIntervalVar(s, d, e, f'i{i}')]
            lits = [None]
        else:
            lits, iv = [], []
            for k, (d, _) in enumerate(p.modes[i]):
                lit = m.NewBoolVar(f'm{i}_{k}')
                iv.append(m.NewOptionalIntervalVar(s, d, e, lit, f'i{i}_{k}'))
                lits.append(lit)
            m.AddExactlyOne(lits)
        starts.append(s); ends.append(e); chosen.append(lits); intervals.append(iv)
    for i in range(p.n):
        for j in p.succ[i]:
            m.Add(starts[j] >= ends[i])
    for k, cap in enumerate(p.caps):
        if p.kinds[k] == 'N':
            terms = [dem[k] * (chosen[i][x] if chosen[i][x] is not None else 1)
                     for i in range(p.n) for x, (_, dem) in enumerate(p.modes[i]) if dem[k] > 0]
            m.Add(sum(terms) <= cap)
            continue
        ivs, dems = [], []
        for i in range(p.n):
            for x, (d, dem) in enumerate(p.modes[i]):
                if dem[k] > 0 and d > 0:
                    ivs.append(intervals[i][x]); dems.append(dem[k])
        if ivs:
            if cap == 1 and all(x == 1 for x in dems):
                m.AddNoOverlap(ivs)
            else:
                m.AddCumulative(ivs, dems, cap)
    makespan = m.NewIntVar(0, horizon, 'makespan')
    m.AddMaxEquality(makespan, ends)
    m.Minimize(makespan)
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1
    solver.parameters.max_time_in_seconds = limit
    t0 = time.perf_counter()
    status = solver.Solve(m)
    wall = time.perf_counter() - t0
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        value = int(solver.ObjectiveValue())
        bound = int(-(-solver.BestObjectiveBound() // 1))
        return ('optimal' if status == cp_model.OPTIMAL else 'feasible'), value, bound, wall
    return 'unknown', '', '', wall


def glpsol_time_indexed(p, limit):
    """Single-mode RCPSP only: the textbook model of Pritsker, Watters & Wolfe (1969) in
    MathProg (time_indexed.mod), windows from CPM with the SGS horizon."""
    horizon = serial_sgs_horizon(p)
    d = [m[0][0] for m in p.modes]
    sink = p.n - 1
    es = [0] * p.n
    for i in range(p.n):  # PSPLIB numbering is topological
        for s in p.succ[i]:
            es[s] = max(es[s], es[i] + d[i])
    ls = [horizon - d[i] for i in range(p.n)]
    for i in reversed(range(p.n)):
        for s in p.succ[i]:
            ls[i] = min(ls[i], ls[s] - d[i])
    with tempfile.TemporaryDirectory() as tmp:
        dat = os.path.join(tmp, 'inst.dat')
        with open(dat, 'w') as f:
            f.write('data;\n')
            f.write('set J := ' + ' '.join(str(i) for i in range(p.n)) + ';\n')
            f.write('set K := ' + ' '.join(str(k) for k in range(len(p.caps))) + ';\n')
            f.write('set P := ' + ' '.join(f'({i},{s})' for i in range(p.n) for s in p.succ[i]) + ';\n')
            f.write('param d := ' + ' '.join(f'{i} {d[i]}' for i in range(p.n)) + ';\n')
            f.write('param r := ' + ' '.join(f'[{i},{k}] {p.modes[i][0][1][k]}' for i in range(p.n) for k in range(len(p.caps))) + ';\n')
            f.write('param R := ' + ' '.join(f'{k} {c}' for k, c in enumerate(p.caps)) + ';\n')
            f.write('param ES := ' + ' '.join(f'{i} {es[i]}' for i in range(p.n)) + ';\n')
            f.write('param LS := ' + ' '.join(f'{i} {ls[i]}' for i in range(p.n)) + ';\n')
            f.write(f'param H := {horizon};\nparam snk := {sink};\nend;\n')
        out = os.path.join(tmp, 'out.txt')
        t0 = time.perf_counter()
        r = subprocess.run(['glpsol', '-m', os.path.join(HERE, 'time_indexed.mod'), '-d', dat,
                            '--tmlim', str(int(limit)), '-o', out], capture_output=True, text=True)
        wall = time.perf_counter() - t0
        log = r.stdout
        bounds = re.findall(r'>=\s*(-?\d+(?:\.\d*)?(?:e[-+]?\d+)?)', log)
        bound = int(-(-float(bounds[-1]) // 1)) if bounds else ''
        text = open(out).read() if os.path.exists(out) else ''
        value = re.search(r'Objective:\s+\S+\s+=\s+(-?\d+(?:\.\d*)?(?:e[-+]?\d+)?)', text)
        if 'INTEGER OPTIMAL' in log and value:
            return 'optimal', int(round(float(value.group(1)))), int(round(float(value.group(1)))), wall
        if value and 'INTEGER UNDEFINED' not in text and 'Status:     INTEGER NON-OPTIMAL' in text:
            return 'feasible', int(round(float(value.group(1)))), bound, wall
        return 'unknown', '', bound, wall
