# Custom metaclasses: __new__, __init__, __call__, __prepare__-free namespaces, keywords passed to
# the metaclass and __init_subclass__, inheritance of the metaclass, class methods and
# properties defined on the metaclass, and type(name, bases, ns) through a metaclass.
class Registry(type):
    classes = []

    def __new__(mcls, name, bases, ns, **kw):
        print("new", mcls.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("init", name)
        super().__init__(name, bases, ns)

    def describe(cls):
        return f"<{cls.__name__} via {type(cls).__name__}>"

    @property
    def upper_name(cls):
        return cls.__name__.upper()


class Base(metaclass=Registry):
    x = 1

    def method(self):
        return "method"


class Child(Base, flag=True):
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)

    @classmethod
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)


class Grand(Child, extra=2):
    pass


print(Registry.classes, type(Base) is Registry, type(Grand).__name__, isinstance(Child, Registry))
print(Base.describe(), Grand.upper_name, Child().method(), Grand.x)
print(issubclass(Registry, type), Registry.__mro__)


class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            print("creating", cls.__name__, args, kwargs)
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, value=0):
        self.value = value


a = Config(5)
b = Config(value=6)
print(a is b, a.value, type(a).__name__)


class Upper(type):
    def __new__(mcls, name, bases, ns):
        ns = {k.upper() if not k.startswith("__") else k: v for k, v in ns.items()}
        return type.__new__(mcls, name, bases, ns)


class Shout(metaclass=Upper):
    hello = "hi"

    def greet(self):
        return "greet"


print(Shout.HELLO, Shout().GREET(), hasattr(Shout, "hello"))
Dyn = Upper("Dyn", (), {"value": 3})
print(Dyn.VALUE, type(Dyn).__name__)


def maker(name, bases, ns):
    print("maker", name, sorted(k for k in ns if not k.startswith("__")))
    return 42


class NotAClass(metaclass=maker):
    a = 1


print(NotAClass)


class WithCell(metaclass=Registry):
    def who(self):
        return __class__.__name__, type(self).__name__


print(WithCell().who())


class M1(type):
    pass


class M2(type):
    pass


class A1(metaclass=M1):
    pass


class A2(metaclass=M2):
    pass


try:
    class Both(A1, A2):
        pass
except TypeError as e:
    print(e)
