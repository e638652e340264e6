(define (problem together)
  (:domain simultaneous)
  (:init (ready) (lit) (= (level) 0))
  (:goal (ready)))
