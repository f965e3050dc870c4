from collections import UserDict, UserList, UserString


class Registry(UserDict):
    def __setitem__(self, key, value):
        print("register", key)
        super().__setitem__(key, value)


r = Registry({"a": 1})
r["b"] = 2
r.update(c=3)
print(r, len(r), r.data, "a" in r, r.get("zz"), dict(r), r.copy(), type(r.copy()).__name__)


class Missing(UserDict):
    def __missing__(self, key):
        return key * 2


m = Missing()
print(m["ab"], "ab" in m)


class Tracked(UserList):
    def append(self, item):
        print("append", item)
        super().append(item)


t = Tracked([3, 1, 2])
t.append(0)
t.sort()
print(t, t[1:3], type(t[1:3]).__name__, t + [9], len(t), t == [0, 1, 2, 3], t.index(2), t.count(1))
t.reverse()
print(t, t.pop(), t * 2, 2 in t)
s = UserString("Hello")
print(s, repr(s), s.upper(), s.lower(), s + "!", len(s), s[1:], s.replace("l", "L"), s.startswith("He"), s == "Hello")
print(s.split("l"), s.find("l"), "ell" in s, s * 2, s.center(9, "*"), s.isalpha(), str(s.capitalize()))
