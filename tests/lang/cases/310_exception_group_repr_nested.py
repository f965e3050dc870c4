# nested group reprs and str
inner = ExceptionGroup("inner", [KeyError("k")])
outer = ExceptionGroup("outer", [inner, ValueError("v")])
print(repr(outer))
print(str(outer), str(inner))
print([type(e).__name__ for e in outer.exceptions], outer.exceptions[0].exceptions)
