; A restaurant kitchen: every dish is prepared, cooked (in the oven or on the stove),
; plated and served to the table that ordered it.
(define (domain kitchen)
  (:requirements :strips :typing :numeric-fluents)
  (:types dish table)
  (:predicates
    (ordered ?d - dish ?t - table)
    (needs-oven ?d - dish)
    (needs-stove ?d - dish)
    (prepared ?d - dish)
    (cooked ?d - dish)
    (plated ?d - dish)
    (served ?d - dish ?t - table))
  (:functions (prep-time ?d - dish) (cook-time ?d - dish))

  (:action prepare
    :parameters (?d - dish)
    :precondition (and)
    :effect (prepared ?d))

  (:action bake
    :parameters (?d - dish)
    :precondition (and (prepared ?d) (needs-oven ?d))
    :effect (cooked ?d))

  (:action fry
    :parameters (?d - dish)
    :precondition (and (prepared ?d) (needs-stove ?d))
    :effect (cooked ?d))

  (:action plate
    :parameters (?d - dish)
    :precondition (cooked ?d)
    :effect (plated ?d))

  (:action serve
    :parameters (?d - dish ?t - table)
    :precondition (and (plated ?d) (ordered ?d ?t))
    :effect (served ?d ?t)))
