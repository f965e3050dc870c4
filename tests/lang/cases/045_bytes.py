# bytes literals and basic methods
b = b"hello"
print(b, len(b), b[0], b[1:3], b + b"!", b * 2)
print(b.decode(), "héllo".encode(), bytes([65, 66]), b.hex())
print(b"a" in b"abc", list(b"ab"), b == b"hello", repr(b"q'\n"))
