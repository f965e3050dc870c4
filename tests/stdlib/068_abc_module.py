from abc import ABC, abstractmethod, ABCMeta
from collections.abc import Sequence, Mapping, Iterator, Hashable


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    @property
    @abstractmethod
    def name(self):
        ...

    def describe(self):
        return f"{self.name}: area={self.area()}, perimeter={self.perimeter()}"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side

    @property
    def name(self):
        return "square"


class Half(Shape):
    def area(self):
        return 0


for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError", e)
print(Square(3).describe(), isinstance(Square(1), Shape))


class Plugin(ABC):
    @classmethod
    @abstractmethod
    def create(cls):
        ...

    @staticmethod
    @abstractmethod
    def version():
        ...


class Good(Plugin):
    @classmethod
    def create(cls):
        return cls()

    @staticmethod
    def version():
        return "1.0"


try:
    Plugin()
except TypeError as e:
    print("TypeError", e)
print(type(Good.create()).__name__, Good.version())


class Serializer(ABC):
    pass


Serializer.register(dict)
print(isinstance({}, Serializer), isinstance([], Serializer), issubclass(dict, Serializer), type(Serializer()).__name__)


class Base(metaclass=ABCMeta):
    @abstractmethod
    def run(self):
        ...


class Impl(Base):
    def run(self):
        return "ran"


print(Impl().run())


class NoLen(Sequence):
    def __getitem__(self, i):
        raise IndexError


try:
    NoLen()
except TypeError as e:
    print("TypeError", e)


class BadIter(Iterator):
    pass


try:
    BadIter()
except TypeError as e:
    print("TypeError", e)


class PartialMap(Mapping):
    def __getitem__(self, k):
        raise KeyError(k)

    def __iter__(self):
        return iter(())


try:
    PartialMap()
except TypeError as e:
    print("TypeError", e)


class H(Hashable):
    def __hash__(self):
        return 1


print(hash(H()))
