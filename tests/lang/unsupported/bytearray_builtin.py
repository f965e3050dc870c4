# bytearray is outside the supported subset
b = bytearray(b"abc")
