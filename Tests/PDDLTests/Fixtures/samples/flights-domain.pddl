; Durative actions: flights take a time given by a static function; a plane must stay
; cleared for the whole flight.
(define (domain flights)
  (:requirements :typing :durative-actions :numeric-fluents)
  (:types plane city)
  (:predicates (at ?p - plane ?c - city) (cleared ?p - plane) (in-flight ?p - plane))
  (:functions (flight-time ?from ?to - city) - number)
  (:durative-action fly
    :parameters (?p - plane ?from ?to - city)
    :duration (= ?duration (flight-time ?from ?to))
    :condition (and (at start (at ?p ?from)) (over all (cleared ?p)))
    :effect (and (at start (not (at ?p ?from))) (at start (in-flight ?p))
                 (at end (not (in-flight ?p))) (at end (at ?p ?to))))
  (:durative-action ground
    :parameters (?p - plane ?c - city)
    :duration (and (>= ?duration 1) (<= ?duration 3))
    :condition (at start (at ?p ?c))
    :effect (and (at start (not (cleared ?p))) (at end (cleared ?p)))))
