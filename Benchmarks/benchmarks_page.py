#!/usr/bin/env python3
"""Writes docs/benchmarks.md, and the headline table of README.md, from Benchmarks/results/.

Every figure on the page is read from a result file: the headline table from the summaries
(`summary.md`, `results.md`, …) and the MRCPSP j20 CSV; then each area's `notes.md` (what
was run) and its summaries, included as they are. Nothing is copied by hand, so the page is
regenerated whenever a benchmark script writes new results:

  python3 Benchmarks/benchmarks_page.py           # rewrite docs/benchmarks.md and README.md
  python3 Benchmarks/benchmarks_page.py --check   # exit 1 if either is out of date

The README's table sits between `<!-- benchmarks:begin -->` and `<!-- benchmarks:end -->`.
A summary whose format changed so that a figure cannot be found is an error, not a gap.
"""
import argparse
import csv
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RESULTS = os.path.join(ROOT, 'Benchmarks', 'results')
PAGE = os.path.join(ROOT, 'docs', 'benchmarks.md')
README = os.path.join(ROOT, 'README.md')
BEGIN, END = '<!-- benchmarks:begin -->', '<!-- benchmarks:end -->'

# The areas in page order: folder under results/, section title, summaries to include.
AREAS = [
    ('planning', 'Planning', ['summary.md']),
    ('temporal', 'Temporal planning', ['summary.md']),
    ('plan-quality', 'Plan quality', ['action-elimination.md']),
    ('pop', 'Partial-order plans', ['summary.md']),
    ('pddl', 'PDDL parsing and validation', ['val-agreement.md', 'parse-speed.md']),
    ('scheduling', 'Scheduling', ['summary.md', 'fjsp_summary.md']),
    ('glpk', 'GLPK', ['glpsol-agreement.md', 'glpsol-agreement-slow.md', 'build-cost.md']),
    ('executor', 'Workflow executor', ['results.md']),
]
# Section titles by their anchor (GitHub's: lower case, spaces to hyphens).
TITLES = {title.lower().replace(' ', '-'): title for _, title, _ in AREAS}


def read(area, name):
    with open(os.path.join(RESULTS, area, name), encoding='utf-8') as f:
        return f.read()


def find(pattern, text, what):
    """The groups of the first match of `pattern` in `text`; an error naming `what` if none."""
    match = re.search(pattern, text, re.S)
    if not match:
        sys.exit(f'benchmarks_page.py: cannot find {what} (pattern {pattern!r})')
    return match.groups()


def table_rows(text):
    """The cells of every Markdown table row of `text`."""
    return [[cell.strip() for cell in line.strip().strip('|').split('|')]
            for line in text.splitlines() if line.startswith('|') and not line.startswith('|---')]


def row(rows, *first, what):
    for cells in rows:
        if cells[:len(first)] == list(first):
            return cells
    sys.exit(f'benchmarks_page.py: cannot find the row {first} of {what}')


def planning_rows():
    text = read('planning', 'summary.md')
    dev, hard = text.split('## Set `hard`')
    rows = []
    for name, part, limit in [('150 IPC tasks', dev, '60 s'), ('51 larger IPC tasks', hard, '120 s')]:
        header = table_rows(part)[0]
        total = row(table_rows(part), '**total**', what='the planning totals')
        werk = total[header.index('werk-sat')].strip('*')
        fd = total[header.index('fd-lama')].strip('*')
        werk_time, fd_time = find(r'median wall time: werk-sat ([\d.]+) s, fd-lama ([\d.]+) s',
                                  part, 'the sat wall times')
        both = find(r'werk-sat vs fd-lama\*\* on the (\d+) tasks', part, 'the tasks both solved')[0]
        rows.append((f'planning, {name}, {limit}', 'Fast Downward `lama-first`',
                     f'{werk} vs {fd} solved; median time {werk_time} s vs {fd_time} s '
                     f'on the {both} both solved'))
    header = table_rows(dev)[0]
    total = row(table_rows(dev), '**total**', what='the planning totals')
    equal = find(r"optimal costs equal to fd-lmcut's: (\d+/\d+)", dev, 'the optimal costs')[0]
    rows.append(('optimal planning, 150 IPC tasks, 60 s', 'Fast Downward `astar(lmcut())`',
                 f"{total[header.index('werk-opt')].strip('*')} vs "
                 f"{total[header.index('fd-lmcut')].strip('*')} solved; equal costs on {equal}"))
    return [r + ('planning',) for r in rows]


def temporal_rows():
    text = read('temporal', 'summary.md')
    rows = []
    for limit, part in re.findall(r'## Limit (\d+) s\n(.*?)(?=\n## |\Z)', text, re.S):
        header = table_rows(part)[0]
        total = row(table_rows(part), '**total**', what='the temporal totals')
        planners = [cell.split(' solved')[0] for cell in header if cell.endswith(' solved')]

        def figure(planner, kind):
            return total[header.index(f'{planner} {kind}')].strip('*')
        names = {'werk': 'werk', 'lpg': 'LPG-td', 'aries': 'Aries'}
        peers = [names.get(p, p) for p in planners if p != 'werk']
        rows.append((f'temporal planning, {total[1]} IPC tasks, {limit} s', ', '.join(peers),
                     'VAL-valid plans: ' + ', '.join(f'{names.get(p, p)} {figure(p, "solved")}'
                                                    for p in planners)
                     + '; IPC quality score: ' + ', '.join(f'{names.get(p, p)} {figure(p, "score")}'
                                                          for p in planners),
                     'temporal-planning'))
    return rows


def pddl_rows():
    agreement = row(table_rows(read('pddl', 'val-agreement.md')), '**all**', what='VAL agreement')
    speed = find(r'median ([\d.]+)×', read('pddl', 'parse-speed.md'), 'the parse CPU ratio')[0]
    return [('plan validation, plans and mutants', 'VAL',
             f'{agreement[5]} of {agreement[1]} verdicts agree', 'pddl-parsing-and-validation'),
            ('PDDL parsing, largest tasks', "Fast Downward's translator",
             f'median {speed}× less CPU', 'pddl-parsing-and-validation')]


def pop_rows():
    text = read('pop', 'summary.md')
    accepted = find(r'VAL accepts (\d+/\d+) random linearisations', text, 'VAL linearisations')[0]
    rejected = find(r'rejects (\d+/\d+) plans with one ordering removed', text, 'minimality')[0]
    pops = find(r'`werk validate` accepts \d+/(\d+) POPs', text, 'the number of POPs')[0]
    return [(f'partial-order plans, {pops} POPs', 'VAL',
             f'{accepted} random linearisations valid; {rejected} weakened POPs rejected',
             'partial-order-plans')]


def scheduling_rows():
    paired = table_rows(read('scheduling', 'summary.md').split('## Paired')[1])

    def cells(name):
        return row(paired, name, what=f'the paired scheduling row {name}')

    j30, j60, j120, jssp = cells('j30'), cells('j60'), cells('j120'), cells('jssp')
    mm = [cells(f'mm-j{n}') for n in (10, 20, 30)]
    rows = [
        (f'RCPSP j30 ({j30[1]}), 10 s, 1 thread', 'OR-Tools CP-SAT, 1 worker',
         f'{j30[2]} vs {j30[3]} proven optimal'),
        (f'RCPSP j60 / j120 ({j60[1]} / {j120[1]}), 10 s, 1 thread', 'OR-Tools CP-SAT, 1 worker',
         f'{j60[2]} vs {j60[3]} / {j120[2]} vs {j120[3]} proven optimal; mean gap to best known '
         f'{j60[4]} % vs {j60[5]} % / {j120[4]} % vs {j120[5]} %'),
        ('multi-mode j10 / j20 / j30 samples', 'OR-Tools CP-SAT',
         ' / '.join(f'{m[2]} vs {m[3]}' for m in mm) + ' proven optimal'),
        (f'job shop ({jssp[1]} instances), 10 s', 'OR-Tools CP-SAT',
         f'{jssp[2]} vs {jssp[3]} proven; mean gap {jssp[4]} % vs {jssp[5]} %'),
    ]
    with open(os.path.join(RESULTS, 'scheduling', 'mm-j20-all-werk.csv'), encoding='utf-8') as f:
        runs = list(csv.DictReader(f))
    proven = sum(r['status'] == 'optimal' for r in runs)
    best = sum(1 for r in runs if r['makespan'] and int(r['makespan']) <= int(r['known']))
    checked = sum(r['check'] == 'ok' for r in runs)
    rows.append((f'multi-mode j20, all {len(runs)} instances', '(werk alone)',
                 f'{proven} proven optimal, {best} at the best known makespan, '
                 f'{checked} pass the independent check'))
    fjsp = table_rows(read('scheduling', 'fjsp_summary.md'))
    werk, cpsat = row(fjsp, 'all', 'werk', what='the FJSP werk total'), row(
        fjsp, 'all', 'cpsat', what='the FJSP CP-SAT total')
    rows.append((f'flexible job shop ({werk[2]} instances), 10 s', 'OR-Tools CP-SAT, 1 worker',
                 f'{werk[3]} vs {cpsat[3]} proven optimal; mean gap to best known '
                 f'{werk[6]} % vs {cpsat[6]} %'))
    return [r + ('scheduling',) for r in rows]


def glpk_rows():
    agree = find(r'\*\*Agreement: (\d+ of \d+)\*\*', read('glpk', 'glpsol-agreement.md'),
                 'the glpsol agreement')[0]
    ratio = find(r'\*\*Ratio Swift / direct: ([\d.]+)\*\*', read('glpk', 'build-cost.md'),
                 'the build-cost ratio')[0]
    return [('LP/MIP model files', 'glpsol', f'{agree} agree on status and objective', 'glpk'),
            ('building a 1,000,000-nonzero model', '`glp_load_matrix` directly',
             f'{ratio}× its time', 'glpk')]


def executor_rows():
    rows = table_rows(read('executor', 'results.md'))
    header, data = rows[0], rows[1:]
    make = [r[header.index('werk / make')] for r in data]
    snake = [r[header.index('snakemake / werk')] for r in data]
    steps = ' / '.join(r[0] for r in data)
    return [(f'{steps} no-op workflow steps, 2 jobs', 'make `-j2`, snakemake `--cores 2`',
             f"{' / '.join(make)} make's wall time; Snakemake takes {' / '.join(snake)} as long",
             'workflow-executor')]


def headline(link_prefix):
    """The headline table; `link_prefix` leads from the page holding it to docs/."""
    rows = (planning_rows() + temporal_rows() + pddl_rows() + pop_rows() + scheduling_rows()
            + glpk_rows() + executor_rows())
    lines = ['| area | peer | result | details |', '|---|---|---|---|']
    for area, peer, result, anchor in rows:
        lines.append(f'| {area} | {peer} | {result} | '
                     f'[{TITLES[anchor]}]({link_prefix}benchmarks.md#{anchor}) |')
    return '\n'.join(lines) + '\n'


def demoted(markdown, levels):
    """`markdown` with every heading `levels` deeper."""
    return re.sub(r'^(#+) ', lambda m: '#' * (len(m.group(1)) + levels) + ' ', markdown,
                  flags=re.M)


def page():
    out = ['# Benchmarks', '',
           'Generated by `python3 Benchmarks/benchmarks_page.py` from the result files in',
           '[`Benchmarks/results/`](../Benchmarks/results); do not edit it by hand. Each figure',
           'comes from a script in [`Benchmarks/`](../Benchmarks) that runs Werkvloei and its peer',
           'side by side on the same instances in one run. The machine (2 shared cores) was',
           'loaded by other jobs during the runs, so read ratios and medians, not absolute times.',
           '', '## Headline figures', '', headline('').rstrip('\n'), '']
    for area, title, summaries in AREAS:
        folder = f'Benchmarks/results/{area}'
        files = sorted(os.listdir(os.path.join(RESULTS, area)))
        data = ', '.join(f'[`{name}`](../{folder}/{name})' for name in files if name != 'notes.md')
        out += [f'## {title}', '', f'Result files in [`{folder}/`](../{folder}): {data}.', '']
        if 'notes.md' in files:
            out += [read(area, 'notes.md').rstrip('\n'), '']
        for name in summaries:
            out += [demoted(read(area, name).rstrip('\n'), 2), '']
    return '\n'.join(out)


def with_table(readme):
    start, end = readme.find(BEGIN), readme.find(END)
    if start < 0 or end < start:
        sys.exit(f'benchmarks_page.py: README.md has no {BEGIN} … {END} section')
    return readme[:start + len(BEGIN)] + '\n' + headline('docs/') + readme[end:]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--check', action='store_true',
                        help='only compare; exit 1 when a file is out of date')
    arguments = parser.parse_args()
    with open(README, encoding='utf-8') as f:
        readme = f.read()
    wanted = {PAGE: page(), README: with_table(readme)}
    stale = []
    for path, text in wanted.items():
        current = open(path, encoding='utf-8').read() if os.path.exists(path) else None
        if current == text:
            continue
        stale.append(os.path.relpath(path, ROOT))
        if not arguments.check:
            with open(path, 'w', encoding='utf-8') as f:
                f.write(text)
    if arguments.check and stale:
        sys.exit(f'out of date: {", ".join(stale)}; run python3 Benchmarks/benchmarks_page.py')
    if not arguments.check:
        print('wrote ' + (', '.join(stale) if stale else 'nothing (up to date)'))


if __name__ == '__main__':
    main()
