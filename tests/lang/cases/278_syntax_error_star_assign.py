# SyntaxError: multiple starred expressions in assignment
a, *b, *c = range(5)
