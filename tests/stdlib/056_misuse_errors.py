from collections import deque, Counter, namedtuple, defaultdict, OrderedDict
from functools import partial, reduce, lru_cache
from itertools import islice, permutations, chain, count
from dataclasses import dataclass, field, asdict
from contextlib import contextmanager
import random


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


attempt("deque index", lambda: deque([1, 2])[2])
attempt("deque slice", lambda: deque([1, 2])[0:1])
attempt("deque pop", lambda: deque().pop())
attempt("deque maxlen", lambda: deque([], -1))
attempt("deque maxlen type", lambda: deque([], "3"))
attempt("deque concat", lambda: deque([1]) + [2])
attempt("counter bad", lambda: Counter(5))
attempt("counter missing", lambda: Counter()["x"])
attempt("defaultdict factory", lambda: defaultdict([]))
attempt("ordered popitem", lambda: OrderedDict().popitem())
attempt("namedtuple kw", lambda: namedtuple("P", "x")(1, x=2))
attempt("namedtuple fields", lambda: namedtuple("P", ["x", 3]))
attempt("namedtuple dup", lambda: namedtuple("P", "a b a"))
attempt("partial", lambda: partial())
attempt("reduce", lambda: reduce(lambda a, b: a, []))
attempt("reduce type", lambda: reduce(lambda a, b: a, 5))
attempt("islice stop", lambda: islice([], -5))
attempt("islice step", lambda: islice([], 0, 5, -1))
attempt("permutations r", lambda: permutations([1], -2))
attempt("chain iter", lambda: list(chain([1], None)))
attempt("count type", lambda: count([]))
attempt("random choice", lambda: random.choice([]))
attempt("random randrange", lambda: random.randrange(3, 3))
attempt("random sample", lambda: random.sample(range(3), 5))
attempt("random sample neg", lambda: random.sample(range(3), -1))
attempt("random choices", lambda: random.choices([], k=1))
attempt("random randint float", lambda: random.randint(1, 2.5))


@dataclass
class P:
    x: int


attempt("dataclass missing", lambda: P())
attempt("dataclass kw", lambda: P(y=1))
attempt("asdict non-dc", lambda: asdict({"x": 1}))
attempt("field both", lambda: field(default=1, default_factory=list))


@contextmanager
def cm():
    yield


attempt("cm as decorator arg", lambda: cm()(5)())
attempt("lru_cache bad", lambda: lru_cache("x"))
attempt("unhashable lru", lambda: lru_cache()(lambda x: x)([]))
