# subclassing float (and the other builtins whose values are not objects of their own here)
# is outside the subset
class Celsius(float):
    def __str__(self):
        return f"{float(self)} C"
