# classes, instances, class attributes, methods
class Dog:
    species = "canis"
    count = 0
    def __init__(self, name):
        self.name = name
        Dog.count += 1
    def bark(self):
        return f"{self.name} says woof"
    def __repr__(self):
        return f"Dog({self.name!r})"
d = Dog("Rex")
e = Dog("Fido")
print(d.bark(), d.species, Dog.count, d, [d, e])
print(isinstance(d, Dog), type(d).__name__, Dog.__name__)
d.age = 3
print(d.age, hasattr(d, "age"), getattr(d, "missing", "default"))
setattr(d, "age", 4)
print(d.age, vars(d))
print(Dog)
print(type(d) is Dog, type(1), type("s"), type(None))
