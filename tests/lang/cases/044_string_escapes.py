# escapes, raw strings, triple quotes, unicode
print("tab\there", "new\nline", "quote\"s", 'it\'s', "back\\slash")
print(r"raw\n\t", repr("a\tb\n"), repr('single \' and "double"'))
print("""triple
quoted""", '''also
triple''')
print("\x41\u00e9\u4e2d\N{BULLET}" if False else "\x41\u00e9\u4e2d")
print(len("中文"), "中文"[1], "ñ".upper() == "ñ".upper(), "abc" "def")
s = "a\
b"
print(s)
print(repr("\x00\x1f"), repr("é"))
