# bool is a subclass of int
print(True + 1, True * 2.5, sum([True] * 5), int(False), isinstance(True, int))
print(True == 1, False == 0, hash(True) == hash(1), {True: "a", 1: "b"})
print(True & False, True | False, True ^ True, ~True, -True)
print(str(True), repr(False), f"{True:d}", f"{True}", bool("False"))
