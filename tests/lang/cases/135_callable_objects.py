# __call__ and higher-order functions returning callables
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x):
        return x * self.k
double = Multiplier(2)
print(double(5), list(map(double, [1, 2])), callable(double))
def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
inc = lambda x: x + 1
print(compose(double, inc)(3), compose(inc, double)(3), compose()(7))
