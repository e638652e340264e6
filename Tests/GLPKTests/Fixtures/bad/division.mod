param a := 1;
param b := a - 1;
var x >= 0;
minimize z: x / b;
end;
