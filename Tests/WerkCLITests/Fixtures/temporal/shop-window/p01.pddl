; The shop opens at 5 and closes at 10: both customers fit only back to back inside it.
(define (problem shop-window-1)
  (:domain shop-window)
  (:objects ana ben - customer)
  (:init (free) (waiting ana) (waiting ben)
         (at 5 (open))
         (at 10 (not (open))))
  (:goal (and (served ana) (served ben)))
  (:metric minimize (total-time)))
