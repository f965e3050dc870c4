# Coroscope's itertools: CPython 3.11's C module rewritten in Python. Each iterator is a class
# (so reprs read <itertools.chain object at 0x...>, count(5), repeat('a', 2)), and each follows
# the C code's evaluation order: which arguments are turned into iterators or tuples at
# construction, how many items are consumed, and the error messages.

"""Functional tools for creating and using iterators."""

import sys as _sys


def _add(a, b):
    return a + b


class _Wrapped:
    # Shared by the iterators that are simplest to write as a generator: the generator does
    # the work, the class gives the object its itertools name.
    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


class count:
    """Return a count object whose .__next__() method returns consecutive values."""

    def __init__(self, start=0, step=1):
        for v in (start, step):
            # PyNumber_Check
            t = type(v)
            if not (isinstance(v, (int, float)) or hasattr(t, '__index__')
                    or hasattr(t, '__int__') or hasattr(t, '__float__')):
                raise TypeError("a number is required")
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return f'{type(self).__name__}({self._n!r})'
        return f'{type(self).__name__}({self._n!r}, {step!r})'


class cycle(_Wrapped):
    """Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."""

    def __init__(self, iterable):
        self._gen = self._run(iter(iterable))

    @staticmethod
    def _run(it):
        saved = []
        for element in it:
            yield element
            saved.append(element)
        if not saved:
            return
        while True:
            for element in saved:
                yield element


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
for the specified number of times.  If not specified, returns the object
endlessly."""

    def __init__(self, object, times=None):
        self._obj = object
        if times is not None:
            if not isinstance(times, int):
                raise TypeError(f"'{type(times).__name__}' object cannot be interpreted as an integer")
            if times < 0:
                times = 0
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._obj
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return f'{type(self).__name__}({self._obj!r})'
        return f'{type(self).__name__}({self._obj!r}, {self._times})'


class accumulate(_Wrapped):
    """Return series of accumulated sums (or other binary function results)."""

    def __init__(self, iterable, func=None, *, initial=None):
        self._gen = self._run(iter(iterable), _add if func is None else func, initial)

    @staticmethod
    def _run(it, func, initial):
        total = initial
        if initial is None:
            try:
                total = next(it)
            except StopIteration:
                return
        yield total
        for element in it:
            total = func(total, element)
            yield total


class chain(_Wrapped):
    """chain(*iterables) --> chain object

Return a chain object whose .__next__() method returns elements from the
first iterable until it is exhausted, then elements from the next
iterable, until all of the iterables are exhausted."""

    def __init__(self, *iterables):
        self._gen = self._run(iter(iterables))

    @staticmethod
    def _run(sources):
        for it in sources:
            for element in it:
                yield element

    @classmethod
    def from_iterable(cls, iterable):
        """Alternative chain() constructor taking a single iterable argument that evaluates lazily."""
        self = cls.__new__(cls)
        self._gen = cls._run(iter(iterable))
        return self


class compress(_Wrapped):
    """Return data elements corresponding to true selector elements."""

    def __init__(self, data, selectors):
        self._gen = self._run(iter(data), iter(selectors))

    @staticmethod
    def _run(data, selectors):
        for d, s in zip(data, selectors):
            if s:
                yield d


class dropwhile(_Wrapped):
    """Drop items from the iterable while predicate(item) is true."""

    def __init__(self, predicate, iterable):
        self._gen = self._run(predicate, iter(iterable))

    @staticmethod
    def _run(predicate, it):
        for x in it:
            if not predicate(x):
                yield x
                break
        for x in it:
            yield x


class takewhile(_Wrapped):
    """Return successive entries from an iterable as long as the predicate evaluates to true for each entry."""

    def __init__(self, predicate, iterable):
        self._gen = self._run(predicate, iter(iterable))

    @staticmethod
    def _run(predicate, it):
        for x in it:
            if predicate(x):
                yield x
            else:
                break


class filterfalse(_Wrapped):
    """Return those items of iterable for which function(item) is false."""

    def __init__(self, function, iterable):
        self._gen = self._run(function, iter(iterable))

    @staticmethod
    def _run(function, it):
        if function is None:
            function = bool
        for x in it:
            if not function(x):
                yield x


class starmap(_Wrapped):
    """Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence."""

    def __init__(self, function, iterable):
        self._gen = self._run(function, iter(iterable))

    @staticmethod
    def _run(function, it):
        for args in it:
            if type(args) is not tuple:
                args = tuple(args)
            yield function(*args)


class pairwise(_Wrapped):
    """Return an iterator of overlapping pairs taken from the input iterator."""

    def __init__(self, iterable):
        self._gen = self._run(iter(iterable))

    @staticmethod
    def _run(it):
        try:
            a = next(it)
        except StopIteration:
            return
        for b in it:
            yield a, b
            a = b


class _grouper:
    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey
        self._marker = parent._marker

    def __iter__(self):
        return self

    def __next__(self):
        gb = self._parent
        if gb._marker is not self._marker:
            raise StopIteration
        if gb._currvalue is _NOVALUE:
            gb._step()
        if not (self._tgtkey == gb._currkey):
            raise StopIteration
        value = gb._currvalue
        gb._currvalue = _NOVALUE
        return value


_NOVALUE = object()


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable"""

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = _NOVALUE
        self._currkey = _NOVALUE
        self._currvalue = _NOVALUE
        self._marker = None

    def _step(self):
        # Raises StopIteration at the end of the input.
        value = next(self._it)
        key = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value
        self._currkey = key

    def __iter__(self):
        return self

    def __next__(self):
        self._marker = object()
        # Skip what is left of the current group (C: groupby_next).
        while True:
            if self._currkey is _NOVALUE:
                pass
            elif self._tgtkey is _NOVALUE:
                break
            elif not (self._tgtkey == self._currkey):
                break
            self._step()
        self._tgtkey = self._currkey
        return (self._currkey, _grouper(self, self._tgtkey))


class islice:
    """islice(iterable, stop) --> islice object
islice(iterable, start, stop[, step]) --> islice object"""

    def __init__(self, iterable, *args):
        if len(args) not in (1, 2, 3):
            if not args:
                raise TypeError("islice expected at least 2 arguments, got 1")
            raise TypeError(f"islice expected at most 4 arguments, got {len(args) + 1}")
        # The checks and messages of itertools_islice in Modules/itertoolsmodule.c.
        stop_msg = ("Stop argument for islice() must be None or an integer: "
                    "0 <= x <= sys.maxsize.")
        start, step = 0, 1
        if len(args) == 1:
            stop = args[0]
        else:
            start, stop = args[0], args[1]
            if len(args) == 3:
                step = args[2]
            if start is None:
                start = 0
            elif not _is_ssize(start):
                start = -1
        if stop is not None and (not _is_ssize(stop) or stop == -1):
            raise ValueError(stop_msg)
        if start < 0 or (stop is not None and stop < -1):
            raise ValueError("Indices for islice() must be None or an integer: "
                             "0 <= x <= sys.maxsize.")
        if step is None:
            step = 1
        elif not _is_ssize(step):
            step = -1
        if step < 1:
            raise ValueError("Step for islice() must be a positive integer or None.")
        self._it = iter(iterable)
        self._next = int(start)
        self._stop = None if stop is None else int(stop)
        self._step = int(step)
        self._cnt = 0

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        try:
            while self._cnt < self._next:
                next(it)
                self._cnt += 1
            if stop is not None and self._cnt >= stop:
                raise StopIteration
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._cnt += 1
        old = self._next
        self._next += self._step
        if self._next < old or (stop is not None and self._next > stop):
            self._next = stop
        return item


def _is_ssize(v):
    # PyNumber_AsSsize_t succeeds
    return isinstance(v, int) and -_sys.maxsize - 1 <= v <= _sys.maxsize


class _tee_link:
    def __init__(self):
        self.value = None
        self.next = None


class _tee:
    def __init__(self, source, link):
        self._source = source
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            link.value = next(self._source)
            link.next = _tee_link()
        self._link = link.next
        return link.value

    def __copy__(self):
        return _tee(self._source, self._link)


def tee(iterable, n=2, /):
    """Returns a tuple of n independent iterators."""
    if not isinstance(n, int):
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    it = iter(iterable)
    first = it.__copy__() if isinstance(it, _tee) else _tee(it, _tee_link())
    return tuple([first] + [first.__copy__() for _ in range(n - 1)])


class zip_longest(_Wrapped):
    """zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object"""

    def __init__(self, *args, fillvalue=None):
        self._gen = self._run([iter(it) for it in args], fillvalue)

    @staticmethod
    def _run(iterators, fillvalue):
        num_active = len(iterators)
        if not num_active:
            return
        while True:
            values = []
            for i, it in enumerate(iterators):
                if it is None:
                    values.append(fillvalue)
                    continue
                try:
                    value = next(it)
                except StopIteration:
                    num_active -= 1
                    if not num_active:
                        return
                    iterators[i] = None
                    value = fillvalue
                values.append(value)
            yield tuple(values)


class product(_Wrapped):
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""

    def __init__(self, *iterables, repeat=1):
        if not isinstance(repeat, int):
            raise TypeError(f"'{type(repeat).__name__}' object cannot be interpreted as an integer")
        if repeat < 0:
            raise ValueError("repeat argument cannot be negative")
        pools = [tuple(pool) for pool in iterables] * repeat
        self._gen = self._run(pools)

    @staticmethod
    def _run(pools):
        for pool in pools:
            if not pool:
                return
        n = len(pools)
        indices = [0] * n
        yield tuple([pool[0] for pool in pools])
        while True:
            i = n - 1
            while i >= 0:
                indices[i] += 1
                if indices[i] < len(pools[i]):
                    break
                indices[i] = 0
                i -= 1
            if i < 0:
                return
            yield tuple([pools[j][indices[j]] for j in range(n)])


def _check_r(r):
    if not isinstance(r, int):
        raise TypeError(f"'{type(r).__name__}' object cannot be interpreted as an integer")
    if r < 0:
        raise ValueError("r must be non-negative")


class permutations(_Wrapped):
    """Return successive r-length permutations of elements in the iterable."""

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        if r is not None:
            _check_r(r)
        self._gen = self._run(pool, len(pool) if r is None else r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(n))
        cycles = list(range(n, n - r, -1))
        yield tuple([pool[i] for i in indices[:r]])
        while n:
            for i in reversed(range(r)):
                cycles[i] -= 1
                if cycles[i] == 0:
                    indices[i:] = indices[i + 1:] + indices[i:i + 1]
                    cycles[i] = n - i
                else:
                    j = cycles[i]
                    indices[i], indices[-j] = indices[-j], indices[i]
                    yield tuple([pool[i] for i in indices[:r]])
                    break
            else:
                return


_NO_R = object()


class combinations(_Wrapped):
    """Return successive r-length combinations of elements in the iterable."""

    def __init__(self, iterable, r=_NO_R):
        if r is _NO_R:
            raise TypeError("combinations() missing required argument 'r' (pos 2)")
        pool = tuple(iterable)
        _check_r(r)
        self._gen = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(r))
        yield tuple([pool[i] for i in indices])
        while True:
            for i in reversed(range(r)):
                if indices[i] != i + n - r:
                    break
            else:
                return
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
            yield tuple([pool[i] for i in indices])


class combinations_with_replacement(_Wrapped):
    """Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats."""

    def __init__(self, iterable, r=_NO_R):
        if r is _NO_R:
            raise TypeError("combinations_with_replacement() missing required argument 'r' (pos 2)")
        pool = tuple(iterable)
        _check_r(r)
        self._gen = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if not n and r:
            return
        indices = [0] * r
        yield tuple([pool[i] for i in indices])
        while True:
            for i in reversed(range(r)):
                if indices[i] != n - 1:
                    break
            else:
                return
            indices[i:] = [indices[i] + 1] * (r - i)
            yield tuple([pool[i] for i in indices])
