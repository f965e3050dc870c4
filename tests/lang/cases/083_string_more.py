# more string methods
s = "The quick brown fox"
print(s.split(" ", 1), s.rsplit(" ", 1), s.index("q"), s.rfind("o"))
print(s.lower().count("o"), s.upper().startswith(("THE", "A")), s.endswith(("x", "y")))
print("a-b-c".replace("-", "+", 1), "  pad  ".lstrip(), "  pad  ".rstrip() + "|")
print(",".join(str(i) for i in range(5)), "".join(reversed("abc")))
print("Hello World".swapcase(), "hello world".title(), "ABC".lower())
print("x".isupper(), "X".isupper(), "Ab".istitle(), "abc123".isalnum(), "_id".isidentifier())
print("tab\tsep".expandtabs(4), "%s" % [1, 2], str(b"x"))
print("abc".removeprefix("a"), "abc".removesuffix("c"), "aaa".count("aa"))
print(ord("€"), chr(8364), "naïve".upper(), len("naïve"))
print("Mississippi".find("ss", 3), "Mississippi".find("ss", 6), "x".center(4, "-"))
