# super() inside classmethods and with explicit arguments
class Base:
    @classmethod
    def create(cls):
        return f"Base.create for {cls.__name__}"
    def hello(self):
        return "base hello"
class Child(Base):
    @classmethod
    def create(cls):
        return "Child -> " + super().create()
    def hello(self):
        return "child, " + super(Child, self).hello()
print(Child.create(), Child().hello())
