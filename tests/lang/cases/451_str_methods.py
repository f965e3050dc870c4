# str.format_map, isprintable, isascii, maketrans and translate.
class Default(dict):
    def __missing__(self, key):
        return f"<{key}>"


print("{name} is {age}".format_map({"name": "Ada", "age": 36}), "{a} {b}".format_map(Default(a=1)))
try:
    "{x}".format_map({})
except KeyError as e:
    print("KeyError", e)
print("abc".isprintable(), "a\nb".isprintable(), "".isprintable(), "tab\t".isprintable(), "é ü".isprintable(), "\x7f".isprintable())
print("abc".isascii(), "".isascii(), "é".isascii(), "\x7f".isascii())
t = str.maketrans("abc", "xyz")
print(t, "aabbcc-abc".translate(t))
print("hello world".translate(str.maketrans("", "", "lo")), "abc".translate({97: "AA", 98: None, 99: 100}))
print(str.maketrans({"a": "1", "b": None, 99: "3"}), "abcd".translate(str.maketrans({"a": "1", "b": None})))
print("héllo".translate(str.maketrans("é", "e")), "ab".translate({ord("a"): ord("b"), ord("b"): ord("a")}))
for bad in [lambda: str.maketrans("ab", "c"), lambda: str.maketrans({"ab": 1}), lambda: str.maketrans(1),
            lambda: "a".translate({97: 1.5})]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
