# class bodies are namespaces evaluated top to bottom
class Config:
    a = 1
    b = a + 1
    items = [a, b]
    def get(self):
        return self.b
    print("in class body", a, b)
print(Config.b, Config.items, Config().get(), "get" in vars(Config))
class Empty:
    pass
print(Empty.__name__, Empty.__bases__, Empty.__mro__)
