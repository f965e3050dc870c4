# Private names: identifiers starting with two underscores (and not ending with two) inside a
# class body and the functions in it are renamed _ClassName__name.
class Account:
    __rate = 0.5
    __special__ = "not mangled"

    def __init__(self, balance):
        self.__balance = balance

    def __check(self, amount):
        return amount <= self.__balance

    def withdraw(self, amount):
        if self.__check(amount):
            self.__balance -= amount
        return self.__balance

    def rate(self):
        return Account.__rate, self.__rate

    def names(self):
        __local = 1
        return [n for n in dir(self) if "balance" in n or "check" in n], __local


a = Account(100)
print(a.withdraw(30), a.withdraw(500), a.rate(), a.names())
print(a._Account__balance, hasattr(a, "__balance"), Account.__special__)
print(sorted(k for k in vars(Account) if "rate" in k or "check" in k))
print(Account._Account__check.__name__, Account._Account__check.__qualname__)
try:
    a.__balance
except AttributeError as e:
    print(e)


class _Under:
    def __init__(self):
        self.__x = 1


print(vars(_Under()))


class Outer:
    def __init__(self):
        self.__v = "outer"

    class Inner:
        def __init__(self):
            self.__v = "inner"

    def both(self):
        return self.__v, vars(Outer.Inner())


print(Outer().both())


def getter(obj):
    return obj.__v


class Sub(Outer):
    def peek(self):
        try:
            return self.__v
        except AttributeError as e:
            return str(e)


print(Sub().peek())
