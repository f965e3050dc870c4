# mutating methods return None
l = [3, 1, 2]
print(l.sort(), l.append(4), l.extend([]), l.reverse(), l.clear(), l)
d = {}
print(d.update(a=1), d.clear(), d)
s = set()
print(s.add(1), s.discard(1), s)
