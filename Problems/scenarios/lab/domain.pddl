; A sequencing lab as a temporal domain: samples are prepared, sequenced on the one
; sequencer, and their reads analysed. Durations come from the domain itself.
(define (domain lab)
  (:requirements :strips :typing :durative-actions :numeric-fluents)
  (:types sample)
  (:predicates
    (received ?s - sample)
    (prepared ?s - sample)
    (sequenced ?s - sample)
    (analysed ?s - sample)
    (archived ?s - sample))
  (:functions (prep-time ?s - sample) (reads ?s - sample))

  (:durative-action prepare
    :parameters (?s - sample)
    :duration (= ?duration (prep-time ?s))
    :condition (at start (received ?s))
    :effect (at end (prepared ?s)))

  (:durative-action sequence
    :parameters (?s - sample)
    :duration (= ?duration 3)
    :condition (at start (prepared ?s))
    :effect (at end (sequenced ?s)))

  (:durative-action analyse
    :parameters (?s - sample)
    :duration (= ?duration (* 2 (reads ?s)))
    :condition (at start (sequenced ?s))
    :effect (at end (analysed ?s)))

  (:durative-action archive
    :parameters (?s - sample)
    :duration (= ?duration 1)
    :condition (at start (analysed ?s))
    :effect (at end (archived ?s))))
