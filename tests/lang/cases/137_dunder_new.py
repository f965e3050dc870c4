# __new__ customisation
class Singleton:
    _instance = None
    def __new__(cls, *args):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, v):
        self.v = v
a = Singleton(1)
b = Singleton(2)
print(a is b, a.v)
class Upper(str if False else object):
    def __new__(cls, text):
        inst = super().__new__(cls)
        inst.text = text.upper()
        return inst
print(Upper("hi").text)
