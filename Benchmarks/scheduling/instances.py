"""Independent readers for the benchmark instances (PSPLIB .sm/.mm, job shop) and an
independent schedule checker, so that the benchmark re-checks every werk schedule itself."""
import re


class Project:
    """activities 0..n-1; modes[i] = [(duration, [demand per resource])]; kinds[k] in 'RN'."""

    def __init__(self, name, modes, succ, caps, kinds, jobshop=None):
        self.name, self.modes, self.succ, self.caps, self.kinds = name, modes, succ, caps, kinds
        self.jobshop = jobshop  # list of (job, operation, machine) per activity, or None
        self.n = len(modes)


def read_psplib(path, name):
    lines = open(path).read().splitlines()
    def find(marker):
        return next(i for i, l in enumerate(lines) if marker in l)
    n = int(lines[find('jobs (incl. supersource')].split(':')[1])
    ren = int(re.findall(r'\d+', lines[find('- renewable')])[0])
    non = int(re.findall(r'\d+', lines[find('- nonrenewable')])[0])
    succ = [[] for _ in range(n)]
    i = find('PRECEDENCE RELATIONS:') + 2
    while not lines[i].startswith('*'):
        t = list(map(int, lines[i].split()))
        if t:
            succ[t[0] - 1] = [s - 1 for s in t[3:]]
        i += 1
    modes = [[] for _ in range(n)]
    i = find('REQUESTS/DURATIONS:') + 3
    job = -1
    while not lines[i].startswith('*'):
        t = list(map(int, lines[i].split()))
        if len(t) == 3 + ren + non:
            job = t[0] - 1
            t = t[1:]
        if t:
            modes[job].append((t[1], t[2:]))
        i += 1
    i = find('RESOURCEAVAILABILITIES:') + 2
    caps = list(map(int, lines[i].split()))
    return Project(name, modes, succ, caps, 'R' * ren + 'N' * non)


def read_jobshop(path, name):
    rows = [list(map(int, l.split())) for l in open(path) if l.strip() and not l.startswith('#')]
    jobs, machines = rows[0]
    modes, succ, info = [], [], []
    for j, row in enumerate(rows[1:1 + jobs]):
        for o in range(len(row) // 2):
            m, p = row[2 * o], row[2 * o + 1]
            dem = [0] * machines
            dem[m] = 1
            if o > 0:
                succ[-1].append(len(modes))
            modes.append([(p, dem)])
            succ.append([])
            info.append((j, o, m))
    return Project(name, modes, succ, [1] * machines, 'R' * machines, info)


def check(project, activities):
    """Returns a list of violations of a werk JSON activity list (empty when valid)."""
    p = project
    errors = []
    if len(activities) != p.n:
        return [f'{len(activities)} activities for {p.n}']
    start, finish, mode = [0] * p.n, [0] * p.n, [0] * p.n
    for idx, a in enumerate(activities):
        if p.jobshop is not None:
            i = next(k for k, (j, o, m) in enumerate(p.jobshop) if j == a['job'] and o == a['operation'])
            mode[i] = 0
        else:
            i = int(a['id']) - 1
            mode[i] = a['mode'] - 1
        start[i], finish[i] = a['start'], a['finish']
        if not 0 <= mode[i] < len(p.modes[i]):
            errors.append(f'activity {i + 1}: no mode {mode[i] + 1}')
            return errors
        if finish[i] - start[i] != p.modes[i][mode[i]][0] or start[i] < 0:
            errors.append(f'activity {i + 1}: wrong duration')
    for i in range(p.n):
        for s in p.succ[i]:
            if start[s] < finish[i]:
                errors.append(f'precedence {i + 1}->{s + 1} violated')
    horizon = max(finish) if finish else 0
    for k, cap in enumerate(p.caps):
        if p.kinds[k] == 'N':
            if sum(p.modes[i][mode[i]][1][k] for i in range(p.n)) > cap:
                errors.append(f'budget {k} exceeded')
            continue
        use = [0] * (horizon + 1)
        for i in range(p.n):
            r = p.modes[i][mode[i]][1][k]
            for t in range(start[i], finish[i]):
                use[t] += r
        if max(use) > cap:
            errors.append(f'resource {k} over capacity')
    return errors
