NAME x
ROWS
 N obj
 L c1
COLUMNS
    x  obj  1  c1  1
RHS
    rhs  c9  4
ENDATA
