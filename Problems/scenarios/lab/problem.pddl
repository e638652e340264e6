(define (problem monday-batch)
  (:domain lab)
  (:objects s1 s2 s3 s4 - sample)
  (:init
    (received s1) (received s2) (received s3) (received s4)
    (= (prep-time s1) 2) (= (prep-time s2) 4) (= (prep-time s3) 1) (= (prep-time s4) 3)
    (= (reads s1) 2) (= (reads s2) 1) (= (reads s3) 3) (= (reads s4) 2))
  (:goal (and (archived s1) (archived s2) (archived s3) (archived s4))))
