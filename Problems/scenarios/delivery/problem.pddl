(define (problem tuesday)
  (:domain delivery)
  (:objects van1 van2 - truck
            fridge sofa lamp books - parcel
            depot centre harbour airport - location)
  (:init
    (truck-at van1 depot) (truck-at van2 depot)
    (parcel-at fridge depot) (parcel-at sofa depot)
    (parcel-at lamp depot) (parcel-at books depot)
    (road depot centre) (road centre depot)
    (road depot harbour) (road harbour depot)
    (road centre airport) (road airport centre)
    (road harbour airport) (road airport harbour)
    (= (distance depot centre) 3) (= (distance centre depot) 3)
    (= (distance depot harbour) 5) (= (distance harbour depot) 5)
    (= (distance centre airport) 4) (= (distance airport centre) 4)
    (= (distance harbour airport) 2) (= (distance airport harbour) 2))
  (:goal (and (parcel-at fridge centre) (parcel-at sofa harbour)
              (parcel-at lamp airport) (parcel-at books centre))))
