/* Workforce planning: how many staff start on each day of the week so that every
   day is covered, when each person works five consecutive days and then has two off.
   Integer model; the demand per day is in a separate data file (workforce.dat).
   Solve with:  werk lp Problems/lp/workforce.mod --data Problems/lp/workforce.dat */

param days := 7;
set DAYS := 1..days;
param day_name{DAYS} symbolic;
param demand{DAYS} >= 0, integer;
param wage{DAYS} >= 0;          /* weekly wage of someone who starts on that day */
param shift_length := 5;

var start{DAYS} >= 0, integer;

/* The staff on duty on day d: everyone who started on one of the shift_length days up to d. */
var on_duty{DAYS} >= 0;

minimize cost: sum{d in DAYS} wage[d] * start[d];

s.t. duty{d in DAYS}:
    on_duty[d] = sum{k in 0..shift_length - 1} start[(d - k - 1 + days) mod days + 1];

s.t. cover{d in DAYS}: on_duty[d] >= demand[d];

solve;

printf "%-4s %6s %6s %6s\n", "day", "start", "staff", "need";
printf{d in DAYS} "%-4s %6d %6d %6d\n", day_name[d], start[d], on_duty[d], demand[d];
printf "weekly wage bill: %g\n", cost;

end;
