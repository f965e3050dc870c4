# staticmethod and classmethod objects
class T:
    @staticmethod
    def s():
        return "static"
    @classmethod
    def c(cls):
        return cls
print(T.s(), T().s(), T.c() is T, T().c() is T, type(T.__dict__["s"]).__name__)
