# exceptions raised during construction
class Positive:
    def __init__(self, v):
        if v <= 0:
            raise ValueError(f"{v} is not positive")
        self.v = v
try:
    Positive(-1)
except ValueError as e:
    print("ValueError:", e)
print(Positive(3).v)
class ReturnsValue:
    def __init__(self):
        return 5
try:
    ReturnsValue()
except TypeError as e:
    print("TypeError:", e)
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print("TypeError:", e)
