# print uses __str__, containers use __repr__
class Both:
    def __str__(self):
        return "str-form"
    def __repr__(self):
        return "repr-form"
class OnlyRepr:
    def __repr__(self):
        return "only-repr"
b = Both()
print(b, [b], (b,), {"k": b}, str(b), repr(b), f"{b} {b!r}", "%s %r" % (b, b))
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
