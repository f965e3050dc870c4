# Replacement fields with blanks around the expression, and braces in strings inside fields.
x = 5
name = "Ada"
print(f"{ x }|{  x + 1  }|{ name!r}|{ x :>4}|{ x = }")
print(f"{'{'}{'}'}|{'{x}'}|{ {'a': 1}['a'] }|{ '{}'.format(x) }|{'}' + '{'}")
print(f"{ [1, 2][ 0 ] }|{ (lambda: 3)() }|{	x	}")
