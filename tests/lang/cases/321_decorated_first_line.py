# A decorated definition's code starts at its first decorator's line (co_firstlineno), as the
# reprs of unstarted coroutines in asyncio tasks and callback handles show.
import types


def deco(f):
    return f


def deco_with(*args):
    return deco


def plain():
    pass


@deco
def one():
    pass


@deco
@deco_with(
    1,
    2,
)

@deco
async def stacked():
    pass


@types.coroutine
def gen_based():
    yield


class Holder:
    @staticmethod
    def static():
        pass

    @property
    def prop(self):
        return 1

    @deco
    async def method(self):
        pass


def outer():
    @deco
    def inner():
        pass
    return inner


for fn in (plain, one, stacked, gen_based, Holder.static, Holder.prop.fget, Holder.method,
           outer(), lambda: 0):
    print(fn.__qualname__, fn.__code__.co_firstlineno)

c = stacked()
print(c.cr_code.co_firstlineno)
c.close()


def fails(f):
    raise ValueError("decorator failed for " + f.__name__)


@deco
@fails
@deco
def victim():
    pass
