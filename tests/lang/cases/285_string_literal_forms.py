# string literal forms and implicit concatenation
s = ("one "
     "two "
     'three')
print(s, r"C:\new\table", b"bytes", "\u00e9", len("\n"), len(r"\n"))
print("""a "quoted" word""", '''it's''', "tab\tend".expandtabs(2))
