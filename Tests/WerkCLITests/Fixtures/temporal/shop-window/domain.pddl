; A shop that is open only in a window given by timed initial literals; one clerk serves
; one customer at a time. Written for Werkvloei's tests.
(define (domain shop-window)
  (:requirements :strips :typing :durative-actions :timed-initial-literals)
  (:types customer)
  (:predicates (open) (free) (waiting ?c - customer) (served ?c - customer))
  (:durative-action serve
    :parameters (?c - customer)
    :duration (= ?duration 2)
    :condition (and (at start (free)) (at start (waiting ?c)) (over all (open)))
    :effect (and (at start (not (free))) (at start (not (waiting ?c)))
                 (at end (free)) (at end (served ?c)))))
