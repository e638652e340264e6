; A metal workshop: every part is welded, deburred, painted and inspected, in that order.
; Alloy parts need a TIG weld, steel parts a MIG weld.
(define (domain workshop)
  (:requirements :strips :typing)
  (:types alloy steel - part)
  (:predicates
    (welded ?p - part)
    (deburred ?p - part)
    (painted ?p - part)
    (inspected ?p - part))

  (:action weld-alloy
    :parameters (?p - alloy)
    :precondition (not (welded ?p))
    :effect (welded ?p))

  (:action weld-steel
    :parameters (?p - steel)
    :precondition (not (welded ?p))
    :effect (welded ?p))

  (:action deburr
    :parameters (?p - part)
    :precondition (welded ?p)
    :effect (deburred ?p))

  (:action paint
    :parameters (?p - part)
    :precondition (deburred ?p)
    :effect (painted ?p))

  (:action inspect
    :parameters (?p - part)
    :precondition (painted ?p)
    :effect (inspected ?p)))
