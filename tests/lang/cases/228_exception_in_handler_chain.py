# an exception inside an except block chains to the handled one
def parse(s):
    try:
        return int(s)
    except ValueError:
        return int(s.strip("x"))
print(parse("12x"))
print(parse("abc"))
