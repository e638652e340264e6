/* RCPSP, textbook time-indexed model (Pritsker, Watters & Wolfe 1969): x[j,t] = 1 iff job j
   starts at t, windows [ES, LS] from CPM with the serial-SGS horizon H, aggregated
   precedences, one resource row per period. */
set J;
set K;
set P within J cross J;
param d{J} >= 0, integer;
param r{J, K} >= 0, integer;
param R{K} >= 0, integer;
param ES{J} >= 0, integer;
param LS{j in J} >= ES[j], integer;
param H >= 0, integer;
param snk symbolic in J;

var x{j in J, t in ES[j]..LS[j]} binary;

minimize makespan: sum{t in ES[snk]..LS[snk]} t * x[snk, t];

s.t. once{j in J}: sum{t in ES[j]..LS[j]} x[j, t] = 1;

s.t. prec{(i, j) in P}:
    sum{t in ES[j]..LS[j]} t * x[j, t] - sum{t in ES[i]..LS[i]} t * x[i, t] >= d[i];

s.t. res{k in K, t in 0..H - 1}:
    sum{j in J: r[j, k] > 0 and d[j] > 0}
        sum{tau in max(ES[j], t - d[j] + 1)..min(LS[j], t)} r[j, k] * x[j, tau] <= R[k];

end;
