param n;
var x{1..n} >= 0;
maximize z: sum{i in 1..n} x[i];
s.t. c{i in 1..n}: x[i] <= 1;
solve;
printf "done %d\n", n;
end;
