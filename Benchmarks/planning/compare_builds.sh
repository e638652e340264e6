#!/bin/bash
# usage: cmp.sh SETDIR LIMIT OUT
set=$1; lim=$2; out=$3; : > $out
for d in $set/*/; do
  dn=$(basename $d)
  for p in $d/p[0-9]*.pddl; do
    case $p in *-domain.pddl) continue;; esac
    b=$(basename $p .pddl)
    dom=$d/domain.pddl; [ -f $d/$b-domain.pddl ] && dom=$d/$b-domain.pddl
    for w in base main; do
      bin=/tmp/cmp/bin/$w
      r=$( { /usr/bin/time -f "T %e" $bin plan $dom $p --time-limit $lim --memory-limit 3000 --stats -q -o /tmp/cmp/plan.$w >/dev/null; echo "rc $?"; } 2>&1 )
      e=$(echo "$r" | awk '/^expanded:/{print $2}' | tail -1); rc=$(echo "$r" | awk '/^rc/{print $2}'); t=$(echo "$r" | awk '/^T /{print $2}')
      c=$(grep -o "cost = [0-9]*" /tmp/cmp/plan.$w 2>/dev/null | head -1 | awk '{print $3}'); rm -f /tmp/cmp/plan.$w
      echo "$dn,$b,$w,$rc,$e,$t,$c" >> $out
    done
  done
done
