var x >= 0, <= 3;
maximize z: x;
solve;
printf "%d\n", 1 / (x - 3);
end;
