# argument binding errors
def f(a, b, c=3):
    pass
def g(x, /, y):
    pass
class K:
    def m(self, v):
        pass
for call in [lambda: f(), lambda: f(1), lambda: f(1, 2, 3, 4), lambda: f(1, 2, d=4),
             lambda: f(1, 2, a=1), lambda: g(x=1, y=2), lambda: K().m(), lambda: K().m(1, 2),
             lambda: K.m(1)]:
    try:
        call()
    except TypeError as e:
        print(e)
