(define (problem monday)
  (:domain workshop)
  (:objects frame rail - alloy
            door hinge bracket - steel)
  (:init)
  (:goal (and (inspected frame) (inspected rail) (inspected door)
              (inspected hinge) (inspected bracket))))
