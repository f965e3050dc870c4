# json for Coroscope: CPython 3.11's json.dumps/dumps-to-file and loads/load, written after
# Lib/json/encoder.py (the pure-Python encoder) and Lib/json/decoder.py + scanner.py, with their
# output and error messages. Under CPython the real json module is used; tests/sim/ checks both
# print the same. Not provided: JSONEncoder/JSONDecoder subclassing hooks beyond `default`,
# `object_hook`/`object_pairs_hook`/`parse_float`/`parse_int`, `cls=`.


class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


JSONDecodeError.__module__ = 'json.decoder'

_ESCAPES = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r',
            '\t': '\\t'}


def _encode_str(s, ensure_ascii):
    out = ['"']
    for c in s:
        e = _ESCAPES.get(c)
        if e is not None:
            out.append(e)
            continue
        n = ord(c)
        if n < 0x20 or (ensure_ascii and n > 0x7e):
            if n > 0xffff:
                n -= 0x10000
                out.append('\\u%04x\\u%04x' % (0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff)))
            else:
                out.append('\\u%04x' % n)
        else:
            out.append(c)
    out.append('"')
    return ''.join(out)


def _float_str(o, allow_nan):
    if o != o:
        text = 'NaN'
    elif o == float('inf'):
        text = 'Infinity'
    elif o == -float('inf'):
        text = '-Infinity'
    else:
        return repr(o)
    if not allow_nan:
        raise ValueError('Out of range float values are not JSON compliant: ' + repr(o))
    return text


class _Encoder:
    def __init__(self, skipkeys, ensure_ascii, check_circular, allow_nan, indent, separators,
                 default, sort_keys):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.allow_nan = allow_nan
        self.markers = {} if check_circular else None
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent
        if separators is not None:
            self.item_sep, self.key_sep = separators
        elif indent is not None:
            self.item_sep, self.key_sep = ',', ': '
        else:
            self.item_sep, self.key_sep = ', ', ': '
        self.default = default
        self.sort_keys = sort_keys

    def fail(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def mark(self, o):
        if self.markers is not None:
            if id(o) in self.markers:
                raise ValueError('Circular reference detected')
            self.markers[id(o)] = o

    def unmark(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def encode(self, o, out, level):
        if isinstance(o, str):
            out.append(_encode_str(o, self.ensure_ascii))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(repr(o))
        elif isinstance(o, float):
            out.append(_float_str(o, self.allow_nan))
        elif isinstance(o, (list, tuple)):
            self.encode_list(o, out, level)
        elif isinstance(o, dict):
            self.encode_dict(o, out, level)
        else:
            self.mark(o)
            if self.default is None:
                self.fail(o)
            self.encode(self.default(o), out, level)
            self.unmark(o)

    def newline(self, level):
        return '\n' + self.indent * level

    def encode_list(self, lst, out, level):
        if not lst:
            out.append('[]')
            return
        self.mark(lst)
        out.append('[')
        sep = self.item_sep
        if self.indent is not None:
            level += 1
            out.append(self.newline(level))
            sep = self.item_sep + self.newline(level)
        first = True
        for v in lst:
            if not first:
                out.append(sep)
            first = False
            self.encode(v, out, level)
        if self.indent is not None:
            out.append(self.newline(level - 1))
        out.append(']')
        self.unmark(lst)

    def encode_dict(self, dct, out, level):
        if not dct:
            out.append('{}')
            return
        self.mark(dct)
        out.append('{')
        sep = self.item_sep
        if self.indent is not None:
            level += 1
            out.append(self.newline(level))
            sep = self.item_sep + self.newline(level)
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        first = True
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = _float_str(key, self.allow_nan)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = repr(key)
            elif self.skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, '
                                f'not {key.__class__.__name__}')
            if not first:
                out.append(sep)
            first = False
            out.append(_encode_str(key, self.ensure_ascii))
            out.append(self.key_sep)
            self.encode(value, out, level)
        if self.indent is not None:
            out.append(self.newline(level - 1))
        out.append('}')
        self.unmark(dct)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    out = []
    _Encoder(skipkeys, ensure_ascii, check_circular, allow_nan, indent, separators, default,
             sort_keys).encode(obj, out, 0)
    return ''.join(out)


def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))


# ---- decoding --------------------------------------------------------------------------------

_WS = ' \t\n\r'
_BACKSLASH = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r',
              't': '\t'}
_CONSTANTS = {'NaN': float('nan'), 'Infinity': float('inf'), '-Infinity': float('-inf')}
_DIGITS = '0123456789'


class _Decoder:
    def __init__(self, s):
        self.s = s
        self.n = len(s)

    def ws(self, i):
        s, n = self.s, self.n
        while i < n and s[i] in _WS:
            i += 1
        return i

    def value(self, i):
        s = self.s
        if i >= self.n:
            raise JSONDecodeError('Expecting value', s, i)
        c = s[i]
        if c == '"':
            return self.string(i + 1)
        if c == '{':
            return self.object(i + 1)
        if c == '[':
            return self.array(i + 1)
        if c == 'n' and s.startswith('null', i):
            return None, i + 4
        if c == 't' and s.startswith('true', i):
            return True, i + 4
        if c == 'f' and s.startswith('false', i):
            return False, i + 5
        if c == 'N' and s.startswith('NaN', i):
            return _CONSTANTS['NaN'], i + 3
        if c == 'I' and s.startswith('Infinity', i):
            return _CONSTANTS['Infinity'], i + 8
        if c == '-' and s.startswith('-Infinity', i):
            return _CONSTANTS['-Infinity'], i + 9
        return self.number(i)

    def number(self, i):
        # CPython's NUMBER_RE: (-?(?:0|[1-9]\d*))(\.\d+)?([eE][-+]?\d+)?
        s, n = self.s, self.n
        start = i
        if i < n and s[i] == '-':
            i += 1
        if i < n and s[i] == '0':
            i += 1
        elif i < n and s[i] in '123456789':
            while i < n and s[i] in _DIGITS:
                i += 1
        else:
            raise JSONDecodeError('Expecting value', s, start)
        is_float = False
        if i + 1 < n and s[i] == '.' and s[i + 1] in _DIGITS:
            is_float = True
            i += 2
            while i < n and s[i] in _DIGITS:
                i += 1
        if i < n and s[i] in 'eE':
            j = i + 1
            if j < n and s[j] in '+-':
                j += 1
            if j < n and s[j] in _DIGITS:
                is_float = True
                i = j
                while i < n and s[i] in _DIGITS:
                    i += 1
        text = s[start:i]
        return (float(text) if is_float else int(text)), i

    def string(self, i):
        s, n = self.s, self.n
        begin = i - 1
        chunks = []
        while True:
            j = i
            while j < n and s[j] != '"' and s[j] != '\\' and s[j] >= ' ':
                j += 1
            if j >= n:
                raise JSONDecodeError('Unterminated string starting at', s, begin)
            chunks.append(s[i:j])
            c = s[j]
            if c == '"':
                return ''.join(chunks), j + 1
            if c != '\\':
                raise JSONDecodeError('Invalid control character at', s, j)
            if j + 1 >= n:
                raise JSONDecodeError('Unterminated string starting at', s, begin)
            e = s[j + 1]
            if e != 'u':
                if e not in _BACKSLASH:
                    raise JSONDecodeError('Invalid \\escape', s, j)
                chunks.append(_BACKSLASH[e])
                i = j + 2
                continue
            u = self.hex4(j + 2)
            i = j + 6
            if 0xd800 <= u <= 0xdbff and s[i:i + 2] == '\\u':
                u2 = self.hex4(i + 2)
                if 0xdc00 <= u2 <= 0xdfff:
                    u = 0x10000 + (((u - 0xd800) << 10) | (u2 - 0xdc00))
                    i += 6
            chunks.append(chr(u))

    def hex4(self, i):
        esc = self.s[i:i + 4]
        if len(esc) == 4 and esc[1:2] not in ('x', 'X'):
            try:
                return int(esc, 16)
            except ValueError:
                pass
        raise JSONDecodeError('Invalid \\uXXXX escape', self.s, i - 1)

    def object(self, i):
        s = self.s
        result = {}
        i = self.ws(i)
        if i < self.n and s[i] == '}':
            return result, i + 1
        while True:
            if i >= self.n or s[i] != '"':
                raise JSONDecodeError(
                    'Expecting property name enclosed in double quotes', s, i)
            key, i = self.string(i + 1)
            i = self.ws(i)
            if i >= self.n or s[i] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            i = self.ws(i + 1)
            result[key], i = self.value(i)
            i = self.ws(i)
            if i < self.n and s[i] == '}':
                return result, i + 1
            if i >= self.n or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = self.ws(i + 1)

    def array(self, i):
        s = self.s
        result = []
        i = self.ws(i)
        if i < self.n and s[i] == ']':
            return result, i + 1
        while True:
            v, i = self.value(i)
            result.append(v)
            i = self.ws(i)
            if i < self.n and s[i] == ']':
                return result, i + 1
            if i >= self.n or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = self.ws(i + 1)


def loads(s, **kw):
    if isinstance(s, bytes):
        s = s.decode('utf-8')
    elif not isinstance(s, str):
        raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                        f'not {s.__class__.__name__}')
    if s.startswith('\ufeff'):
        raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    d = _Decoder(s)
    obj, end = d.value(d.ws(0))
    end = d.ws(end)
    if end != len(s):
        raise JSONDecodeError('Extra data', s, end)
    return obj


def load(fp, **kw):
    return loads(fp.read(), **kw)
