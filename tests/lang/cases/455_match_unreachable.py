def classify(v):
    match v:
        case [x, y]:
            return "pair"
        case other:
            return "other"
        case 0:
            return "zero"


print(classify(1))
