# __init_subclass__ and __set_name__ hooks
class Plugin:
    registry = []
    def __init_subclass__(cls, tag="none", **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Plugin.registry.append(cls.__name__)
class A(Plugin, tag="a"):
    pass
class B(Plugin):
    pass
print(Plugin.registry, A.tag, B.tag)
class Field:
    def __set_name__(self, owner, name):
        self.name = name
        print("set_name", owner.__name__, name)
class Model:
    x = Field()
    y = Field()
print(Model.x.name, Model.y.name)
