# callable, type() and id()
class K:
    def __call__(self):
        return 1
print(callable(K), callable(K()), callable(len), callable(None), callable("s"))
print(type(type), type(object), type(K) is type, id(K) == id(K), id([]) != 0)
