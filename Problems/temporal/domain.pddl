; A bakery: the oven stays hot only while it is being fired, so every loaf must bake while
; a firing runs (required concurrency); the shop takes deliveries only while it is open
; (timed initial literals).
(define (domain bakery)
  (:requirements :strips :typing :durative-actions :timed-initial-literals)
  (:types loaf oven)
  (:predicates (hot ?o - oven) (idle ?o - oven) (dough ?l - loaf) (baked ?l - loaf)
               (shop-open) (delivered ?l - loaf))
  (:durative-action fire
    :parameters (?o - oven)
    :duration (= ?duration 10)
    :condition (at start (idle ?o))
    :effect (and (at start (not (idle ?o))) (at start (hot ?o))
                 (at end (not (hot ?o))) (at end (idle ?o))))
  (:durative-action bake
    :parameters (?l - loaf ?o - oven)
    :duration (= ?duration 6)
    :condition (and (at start (dough ?l)) (over all (hot ?o)))
    :effect (and (at start (not (dough ?l))) (at end (baked ?l))))
  (:durative-action deliver
    :parameters (?l - loaf)
    :duration (= ?duration 2)
    :condition (and (at start (baked ?l)) (over all (shop-open)))
    :effect (at end (delivered ?l))))
