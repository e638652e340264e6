param capacity := 5;
check capacity > 10;
var x >= 0, <= capacity;
maximize z: x;
end;
