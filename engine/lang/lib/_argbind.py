# Argument binding with CPython's TypeError messages, for the functions that CPython's
# namedtuple and dataclass generate with exec/eval and Coroscope builds as closures instead.


def _names_list(names):
    quoted = [f"'{n}'" for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f"{quoted[0]} and {quoted[1]}"
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


_MISSING = object()


def bind(qualname, positional, defaults, args, kwargs, kwonly=(), kwdefaults=None):
    """Bind args/kwargs to parameter names as CPython does for
    def f(self, p0, p1=d, ..., *, k0, k1=d): return the list of values, positional then
    keyword-only. `defaults` maps a parameter name to its default (both kinds); the implicit
    first parameter (self/_cls) is counted in the messages, as CPython counts it."""
    npos = len(positional)
    values = list(args[:npos])
    values.extend([_MISSING] * (npos - len(values)))
    kwvalues = [_MISSING] * len(kwonly)
    for name in kwargs:
        if name in positional:
            i = positional.index(name)
            if values[i] is not _MISSING:
                raise TypeError(f"{qualname}() got multiple values for argument '{name}'")
            values[i] = kwargs[name]
        elif name in kwonly:
            kwvalues[kwonly.index(name)] = kwargs[name]
        else:
            raise TypeError(f"{qualname}() got an unexpected keyword argument '{name}'")
    if len(args) > npos:
        ndef = len([n for n in positional if n in defaults])
        if ndef:
            takes = f"from {npos - ndef + 1} to {npos + 1} positional arguments"
        else:
            takes = f"{npos + 1} positional argument" + ("s" if npos + 1 != 1 else "")
        given = len(args) + 1
        was = "was" if given == 1 else "were"
        if kwvalues and any(v is not _MISSING for v in kwvalues):
            nkw = len([v for v in kwvalues if v is not _MISSING])
            kwpart = f" positional argument{'s' if given != 1 else ''} (and {nkw} keyword-only argument{'s' if nkw != 1 else ''})"
            raise TypeError(f"{qualname}() takes {takes} but {given}{kwpart} {was} given")
        raise TypeError(f"{qualname}() takes {takes} but {given} {was} given")
    missing = []
    for i, name in enumerate(positional):
        if values[i] is _MISSING:
            if name in defaults:
                values[i] = defaults[name]
            else:
                missing.append(name)
    if missing:
        s = "s" if len(missing) > 1 else ""
        raise TypeError(f"{qualname}() missing {len(missing)} required positional "
                        f"argument{s}: {_names_list(missing)}")
    for i, name in enumerate(kwonly):
        if kwvalues[i] is _MISSING:
            if name in defaults:
                kwvalues[i] = defaults[name]
            else:
                missing.append(name)
    if missing:
        s = "s" if len(missing) > 1 else ""
        raise TypeError(f"{qualname}() missing {len(missing)} required keyword-only "
                        f"argument{s}: {_names_list(missing)}")
    return values + kwvalues
