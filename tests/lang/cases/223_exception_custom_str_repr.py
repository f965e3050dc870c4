# custom __str__ and __repr__ on exceptions in tracebacks
class Fancy(Exception):
    def __str__(self):
        return "fancy message"
try:
    raise Fancy("ignored")
except Fancy as e:
    print(e, repr(e))
raise Fancy("x")
