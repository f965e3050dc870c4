# datetime, the part asyncio programs use: now()/today()/utcnow() on the program's clock (the
# reference runner's wall clock, UTC), formatting, arithmetic with timedelta.
import time as _time

MINYEAR = 1
MAXYEAR = 9999


class timedelta:
    def __init__(self, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0,
                 weeks=0):
        total = (((weeks * 7 + days) * 86400 + hours * 3600 + minutes * 60 + seconds) * 1000000
                 + milliseconds * 1000 + microseconds)
        total = round(total)
        self._us = total
        d, rem = divmod(total, 86400 * 1000000)
        s, us = divmod(rem, 1000000)
        self.days, self.seconds, self.microseconds = d, s, us

    def total_seconds(self):
        return self._us / 1e6

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=self._us + other._us)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=self._us - other._us)
        return NotImplemented

    def __neg__(self):
        return timedelta(microseconds=-self._us)

    def __eq__(self, other):
        return isinstance(other, timedelta) and self._us == other._us

    def __lt__(self, other):
        return self._us < other._us

    def __le__(self, other):
        return self._us <= other._us

    def __gt__(self, other):
        return self._us > other._us

    def __ge__(self, other):
        return self._us >= other._us

    def __hash__(self):
        return hash(self._us)

    def __str__(self):
        mm, ss = divmod(self.seconds, 60)
        hh, mm = divmod(mm, 60)
        s = f"{hh}:{mm:02d}:{ss:02d}"
        if self.days:
            plural = 's' if abs(self.days) != 1 else ''
            s = f"{self.days} day{plural}, " + s
        if self.microseconds:
            s += f".{self.microseconds:06d}"
        return s

    def __repr__(self):
        args = []
        if self.days:
            args.append(f"days={self.days}")
        if self.seconds:
            args.append(f"seconds={self.seconds}")
        if self.microseconds:
            args.append(f"microseconds={self.microseconds}")
        return f"datetime.timedelta({', '.join(args) or '0'})"


class date:
    def __init__(self, year, month, day):
        self.year, self.month, self.day = year, month, day

    @classmethod
    def today(cls):
        t = _time.localtime()
        return cls(t[0], t[1], t[2])

    def isoformat(self):
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    __str__ = isoformat

    def __repr__(self):
        return f"datetime.date({self.year}, {self.month}, {self.day})"

    def weekday(self):
        return _time.gmtime(self._epoch())[6]

    def _epoch(self):
        return _time.mktime((self.year, self.month, self.day, 0, 0, 0, 0, 0, 0))

    def strftime(self, fmt):
        return _time.strftime(fmt, _time.gmtime(self._epoch()))


class datetime(date):
    def __init__(self, year, month, day, hour=0, minute=0, second=0, microsecond=0, tzinfo=None):
        date.__init__(self, year, month, day)
        self.hour, self.minute, self.second, self.microsecond = hour, minute, second, microsecond
        self.tzinfo = tzinfo

    @classmethod
    def fromtimestamp(cls, ts, tz=None):
        whole = int(ts // 1)
        us = round((ts - whole) * 1000000)
        if us >= 1000000:
            whole += 1
            us -= 1000000
        t = _time.gmtime(whole)
        return cls(t[0], t[1], t[2], t[3], t[4], t[5], us)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.now()

    @classmethod
    def utcnow(cls):
        return cls.now()

    def timestamp(self):
        return self._epoch() + self.hour * 3600 + self.minute * 60 + self.second + \
            self.microsecond / 1e6

    def _us(self):
        return round(self.timestamp() * 1000000)

    def date(self):
        return date(self.year, self.month, self.day)

    def time_tuple(self):
        return _time.gmtime(int(self.timestamp() // 1))

    timetuple = time_tuple

    def strftime(self, fmt):
        fmt = fmt.replace('%f', f"{self.microsecond:06d}")
        return _time.strftime(fmt, self.time_tuple())

    def isoformat(self, sep='T'):
        s = (f"{self.year:04d}-{self.month:02d}-{self.day:02d}{sep}"
             f"{self.hour:02d}:{self.minute:02d}:{self.second:02d}")
        if self.microsecond:
            s += f".{self.microsecond:06d}"
        return s

    def __str__(self):
        return self.isoformat(' ')

    def __repr__(self):
        parts = [self.year, self.month, self.day, self.hour, self.minute, self.second,
                 self.microsecond]
        while len(parts) > 5 and parts[-1] == 0:
            parts.pop()
        return f"datetime.datetime({', '.join(str(p) for p in parts)})"

    def __sub__(self, other):
        if isinstance(other, datetime):
            return timedelta(microseconds=self._us() - other._us())
        if isinstance(other, timedelta):
            return datetime.fromtimestamp((self._us() - other._us) / 1e6)
        return NotImplemented

    def __add__(self, other):
        if isinstance(other, timedelta):
            return datetime.fromtimestamp((self._us() + other._us) / 1e6)
        return NotImplemented

    def __eq__(self, other):
        return isinstance(other, datetime) and self._us() == other._us()

    def __lt__(self, other):
        return self._us() < other._us()

    def __hash__(self):
        return hash(self._us())
