# truth values
for v in [0, 1, -1, 0.0, 0.5, "", "a", [], [0], (), (0,), {}, {0: 0}, set(), None, range(0), range(1)]:
    print(repr(v), bool(v))
class T:
    def __bool__(self):
        return False
print(bool(T()), not T(), "yes" if T() else "no")
