# repr of strings picks quotes like CPython
for s in ["plain", "it's", 'say "hi"', "both ' and \"", "tab\t", "nl\n", "uni é ✓", "\x00", "\\"]:
    print(repr(s))
print(str(["a'b", 'c"d']))
