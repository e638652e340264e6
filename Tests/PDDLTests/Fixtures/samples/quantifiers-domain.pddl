; ADL features: quantified and disjunctive preconditions, equality, conditional and universal
; effects, a derived predicate, a numeric precondition over a static function.
(define (domain quantifiers)
  (:requirements :adl :derived-predicates :numeric-fluents)
  (:types block)
  (:predicates (on ?x ?y - block) (clear ?x - block) (wet ?x - block) (painted ?x - block)
               (above ?x ?y - block) (sunny))
  (:functions (weight ?x - block) - number)
  (:derived (above ?x ?y - block)
    (or (on ?x ?y) (exists (?z - block) (and (on ?x ?z) (above ?z ?y)))))
  (:action stack
    :parameters (?x ?y - block)
    :precondition (and (clear ?x) (clear ?y) (not (= ?x ?y)) (<= (weight ?x) (weight ?y))
                       (not (exists (?z - block) (on ?x ?z))))
    :effect (and (on ?x ?y) (not (clear ?y))))
  (:action paint-all
    :parameters ()
    :precondition (or (sunny) (forall (?b - block) (not (wet ?b))))
    :effect (forall (?b - block) (when (not (wet ?b)) (painted ?b))))
  (:action toggle
    :parameters (?x - block)
    :precondition (clear ?x)
    :effect (and (not (clear ?x)) (clear ?x) (wet ?x))))
