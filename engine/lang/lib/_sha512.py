# SHA-512 (FIPS 180-4) in Python, for random.seed(str) and random.seed(bytes), which CPython
# reduces to an int through int.from_bytes(a + sha512(a).digest()).

_MASK = 0xFFFFFFFFFFFFFFFF


def _primes(n):
    found = []
    c = 2
    while len(found) < n:
        if all(c % p for p in found if p * p <= c):
            found.append(c)
        c += 1
    return found


def _iroot(x, k):
    # floor(x ** (1/k)) for a big int x, by Newton's method on integers.
    r = 1 << ((x.bit_length() + k - 1) // k)
    while True:
        s = ((k - 1) * r + x // r ** (k - 1)) // k
        if s >= r:
            break
        r = s
    while (r + 1) ** k <= x:
        r += 1
    while r ** k > x:
        r -= 1
    return r


def _frac_bits(p, k):
    # The first 64 bits of the fractional part of p ** (1/k).
    return _iroot(p << (64 * k), k) & _MASK


_PRIMES = _primes(80)
_K = [_frac_bits(p, 3) for p in _PRIMES]
_H0 = [_frac_bits(p, 2) for p in _PRIMES[:8]]


def _rotr(x, n):
    return ((x >> n) | (x << (64 - n))) & _MASK


class sha512:
    name = 'sha512'
    digest_size = 64
    block_size = 128

    def __init__(self, data=b''):
        self._h = list(_H0)
        self._buffer = b''
        self._length = 0
        self.update(data)

    def update(self, data):
        if isinstance(data, str):
            raise TypeError('Strings must be encoded before hashing')
        data = bytes(data)
        self._length += len(data)
        buf = self._buffer + data
        n = len(buf) // 128 * 128
        for i in range(0, n, 128):
            self._compress(buf[i:i + 128])
        self._buffer = buf[n:]

    def _compress(self, block):
        w = [int.from_bytes(block[i:i + 8], 'big') for i in range(0, 128, 8)]
        for t in range(16, 80):
            x, y = w[t - 15], w[t - 2]
            s0 = _rotr(x, 1) ^ _rotr(x, 8) ^ (x >> 7)
            s1 = _rotr(y, 19) ^ _rotr(y, 61) ^ (y >> 6)
            w.append((w[t - 16] + s0 + w[t - 7] + s1) & _MASK)
        a, b, c, d, e, f, g, h = self._h
        for t in range(80):
            s1 = _rotr(e, 14) ^ _rotr(e, 18) ^ _rotr(e, 41)
            ch = (e & f) ^ (~e & g)
            t1 = (h + s1 + ch + _K[t] + w[t]) & _MASK
            s0 = _rotr(a, 28) ^ _rotr(a, 34) ^ _rotr(a, 39)
            maj = (a & b) ^ (a & c) ^ (b & c)
            t2 = (s0 + maj) & _MASK
            h, g, f, e, d, c, b, a = g, f, e, (d + t1) & _MASK, c, b, a, (t1 + t2) & _MASK
        self._h = [(x + y) & _MASK for x, y in zip(self._h, (a, b, c, d, e, f, g, h))]

    def copy(self):
        other = sha512()
        other._h = list(self._h)
        other._buffer = self._buffer
        other._length = self._length
        return other

    def digest(self):
        tail = self.copy()
        bitlen = self._length * 8
        pad = b'\x80' + b'\x00' * ((111 - self._length) % 128) + bitlen.to_bytes(16, 'big')
        tail.update(pad)
        return b''.join(x.to_bytes(8, 'big') for x in tail._h)

    def hexdigest(self):
        return self.digest().hex()
