# identity versus equality
a = [1]
b = [1]
print(a == b, a is b, a is not b)
x = None
print(x is None, x == None)
s1 = "hello"
s2 = "hel" + "lo"
print(s1 == s2)
t = (1, 2)
print(t == (1, 2), len({id(a), id(b)}))
