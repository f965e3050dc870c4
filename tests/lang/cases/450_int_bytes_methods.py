# int.to_bytes / int.from_bytes, and the str-like methods of bytes.
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (255).to_bytes(), (0).to_bytes(3, "big"))
print((-1).to_bytes(2, "big", signed=True), (-128).to_bytes(1, "big", signed=True), (2**70).to_bytes(9, "big"))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(b""), int.from_bytes(b"\x01" * 10, byteorder="little"))
print(int.from_bytes((2**64 + 5).to_bytes(9, "big"), "big") == 2**64 + 5, (5).to_bytes(length=2, byteorder="big"))


class Flags(int):
    pass


print(type(Flags.from_bytes(b"\x07", "big")).__name__, Flags.from_bytes(b"\x07", "big"))
for bad in [
    lambda: (256).to_bytes(1, "big"),
    lambda: (-1).to_bytes(1, "big"),
    lambda: (128).to_bytes(1, "big", signed=True),
    lambda: (1).to_bytes(1, "middle"),
    lambda: (1).to_bytes(-1, "big"),
    lambda: int.from_bytes([256], "big"),
]:
    try:
        bad()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
b = b"  Hello, World  "
print(b.strip(), b.lstrip(), b.rstrip(), b.upper(), b.lower(), b.split(), b.strip().split(b", "))
print(b.find(b"o"), b.rfind(b"o"), b.count(b"l"), b.index(b"W"), b.replace(b"l", b"L", 2))
print(b.startswith(b"  H"), b.endswith(b"  "), b"a,b,,c".split(b","), b"x".join([b"a", b"b", b"c"]))
print(b"abc".center(9, b"*"), b"42".zfill(5), b"ab".ljust(4, b"."), b"ab".rjust(4), b"Title case".title())
print(b"key=value".partition(b"="), b"a.b.c".rpartition(b"."), b"line1\nline2".splitlines(), b"swap".swapcase())
print(b"abc".isalpha(), b"123".isdigit(), b"a1".isalnum(), b" ".isspace(), b"ABC".isupper(), b"abc".islower())
print(b"prefix-x".removeprefix(b"prefix-"), b"x.txt".removesuffix(b".txt"), b"\xff\x00A".upper(), b"ab\tc".expandtabs(4))
print(b"data".hex(), b"caf\xc3\xa9".decode(), b"abc".capitalize(), b"a b".rsplit(None, 1), b"".join(x for x in [b"q"]))
try:
    b"abc".find("a")
except TypeError as e:
    print(e)
