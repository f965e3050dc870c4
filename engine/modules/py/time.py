# time on the program's clock (the event loop's clock): monotonic() and perf_counter() start at
# 0.0, the wall clock at 2024-03-15 10:18:22 UTC (the reference runner's), the zone is UTC, and
# sleep() blocks the loop (the clock advances, nothing else runs).
import _asyncio_core as _core

_WALL0 = 1710497902
timezone = 0
altzone = 0
daylight = 0
tzname = ('UTC', 'UTC')

_DAYS = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_DAYS_FULL = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')
_MONTHS = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')
_MONTHS_FULL = ('January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
                'September', 'October', 'November', 'December')


def monotonic():
    return _core.clock_now()


def perf_counter():
    return _core.clock_now()


def time():
    return _WALL0 + _core.clock_now()


def time_ns():
    return _WALL0 * 1000000000 + round(_core.clock_now() * 1e9)


def monotonic_ns():
    return round(_core.clock_now() * 1e9)


perf_counter_ns = monotonic_ns


def process_time():
    return 0.0


def thread_time():
    return 0.0


def process_time_ns():
    return 0


def sleep(secs):
    # CPython converts to int64 nanoseconds first: NaN and what does not fit are refused before
    # the sign is looked at.
    if not isinstance(secs, (int, float)):
        raise TypeError(f"'{type(secs).__name__}' object cannot be interpreted as an integer")
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError('Invalid value NaN (not a number)')
        if not -9223372036854775808.0 <= secs * 1e9 < 9223372036854775808.0:
            raise OverflowError('timestamp out of range for platform time_t')
    elif not -9223372036 <= secs <= 9223372036:
        raise OverflowError('timestamp too large to convert to C _PyTime_t')
    if secs < 0:
        raise ValueError('sleep length must be non-negative')
    _core.block_for(secs)


class struct_time:
    n_fields = 11
    n_sequence_fields = 9
    _names = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday',
              'tm_yday', 'tm_isdst')

    def __init__(self, seq, zone='UTC'):
        self._t = tuple(seq)[:9]
        self.tm_year, self.tm_mon, self.tm_mday, self.tm_hour, self.tm_min, self.tm_sec, \
            self.tm_wday, self.tm_yday, self.tm_isdst = self._t
        self.tm_zone = zone
        self.tm_gmtoff = 0

    def __getitem__(self, i):
        return self._t[i]

    def __len__(self):
        return 9

    def __iter__(self):
        return iter(self._t)

    def __eq__(self, other):
        return tuple(self) == tuple(other)

    def __repr__(self):
        return ('time.struct_time(' +
                ', '.join(f'{n}={v}' for n, v in zip(self._names, self._t)) + ')')


def _civil(days):
    # days since 1970-01-01 -> (year, month, day), Howard Hinnant's algorithm.
    z = days + 719468
    era = (z if z >= 0 else z - 146096) // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return (y + 1 if m <= 2 else y), m, d


def gmtime(secs=None):
    if secs is None:
        secs = time()
    secs = int(secs // 1)
    days, rem = divmod(secs, 86400)
    y, m, d = _civil(days)
    leap = y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    cum = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
    yday = cum[m - 1] + d + (1 if leap and m > 2 else 0)
    wday = (days + 3) % 7
    return struct_time((y, m, d, rem // 3600, rem % 3600 // 60, rem % 60, wday, yday, 0))


def localtime(secs=None):
    return gmtime(secs)


def mktime(t):
    y, m, d = t[0], t[1], t[2]
    a = (14 - m) // 12
    yy = y + 4800 - a
    mm = m + 12 * a - 3
    jdn = d + (153 * mm + 2) // 5 + 365 * yy + yy // 4 - yy // 100 + yy // 400 - 32045
    days = jdn - 2440588
    return float(days * 86400 + t[3] * 3600 + t[4] * 60 + t[5])


def asctime(t=None):
    if t is None:
        t = localtime()
    return (f'{_DAYS[t[6]]} {_MONTHS[t[1] - 1]} {t[2]:2d} '
            f'{t[3]:02d}:{t[4]:02d}:{t[5]:02d} {t[0]}')


def ctime(secs=None):
    return asctime(localtime(secs))


def strftime(fmt, t=None):
    if t is None:
        t = localtime()
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c != '%' or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        k = fmt[i + 1]
        i += 2
        if k == 'Y':
            out.append(str(t[0]))
        elif k == 'm':
            out.append(f'{t[1]:02d}')
        elif k == 'd':
            out.append(f'{t[2]:02d}')
        elif k == 'H':
            out.append(f'{t[3]:02d}')
        elif k == 'M':
            out.append(f'{t[4]:02d}')
        elif k == 'S':
            out.append(f'{t[5]:02d}')
        elif k == 'y':
            out.append(f'{t[0] % 100:02d}')
        elif k == 'I':
            out.append(f'{(t[3] % 12) or 12:02d}')
        elif k == 'p':
            out.append('AM' if t[3] < 12 else 'PM')
        elif k == 'a':
            out.append(_DAYS[t[6]])
        elif k == 'A':
            out.append(_DAYS_FULL[t[6]])
        elif k == 'b' or k == 'h':
            out.append(_MONTHS[t[1] - 1])
        elif k == 'B':
            out.append(_MONTHS_FULL[t[1] - 1])
        elif k == 'j':
            out.append(f'{t[7]:03d}')
        elif k == 'w':
            out.append(str((t[6] + 1) % 7))
        elif k == 'Z':
            out.append('UTC')
        elif k == 'z':
            out.append('+0000')
        elif k == 'e':
            out.append(f'{t[2]:2d}')
        elif k == 'c':
            out.append(asctime(t))
        elif k == 'x':
            out.append(f'{t[1]:02d}/{t[2]:02d}/{t[0] % 100:02d}')
        elif k == 'X' or k == 'T':
            out.append(f'{t[3]:02d}:{t[4]:02d}:{t[5]:02d}')
        elif k == 'F':
            out.append(f'{t[0]}-{t[1]:02d}-{t[2]:02d}')
        elif k == 'f':
            out.append('%f')
        elif k == '%':
            out.append('%')
        else:
            out.append('%' + k)
    return ''.join(out)
