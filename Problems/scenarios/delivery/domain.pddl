; A delivery day: trucks load parcels at the depot, drive along roads and unload them at
; their destinations.
(define (domain delivery)
  (:requirements :strips :typing :numeric-fluents)
  (:types truck parcel location)
  (:predicates
    (truck-at ?t - truck ?l - location)
    (parcel-at ?p - parcel ?l - location)
    (in ?p - parcel ?t - truck)
    (road ?from ?to - location))
  (:functions (distance ?from ?to - location))

  (:action load
    :parameters (?p - parcel ?t - truck ?l - location)
    :precondition (and (parcel-at ?p ?l) (truck-at ?t ?l))
    :effect (and (in ?p ?t) (not (parcel-at ?p ?l))))

  (:action drive
    :parameters (?t - truck ?from ?to - location)
    :precondition (and (truck-at ?t ?from) (road ?from ?to))
    :effect (and (truck-at ?t ?to) (not (truck-at ?t ?from))))

  (:action unload
    :parameters (?p - parcel ?t - truck ?l - location)
    :precondition (and (in ?p ?t) (truck-at ?t ?l))
    :effect (and (parcel-at ?p ?l) (not (in ?p ?t)))))
