; A small delivery domain with types, constants and action costs.
(define (domain delivery)
  (:requirements :typing :action-costs :adl)
  (:types truck package - locatable location)
  (:constants depot - location)
  (:predicates (at ?x - locatable ?l - location) (in ?p - package ?t - truck)
               (road ?a ?b - location))
  (:functions (total-cost) - number (distance ?a ?b - location) - number)
  (:action drive
    :parameters (?t - truck ?from ?to - location)
    :precondition (and (at ?t ?from) (road ?from ?to))
    :effect (and (not (at ?t ?from)) (at ?t ?to) (increase (total-cost) (distance ?from ?to))))
  (:action load
    :parameters (?p - package ?t - truck ?l - location)
    :precondition (and (at ?p ?l) (at ?t ?l))
    :effect (and (not (at ?p ?l)) (in ?p ?t) (increase (total-cost) 1)))
  (:action unload
    :parameters (?p - package ?t - truck ?l - location)
    :precondition (and (in ?p ?t) (at ?t ?l))
    :effect (and (not (in ?p ?t)) (at ?p ?l) (increase (total-cost) 1))))
