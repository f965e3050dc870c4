# copy, from CPython's own Lib: shallow and deep copies as a course shows them.
import copy

nested = [[1, 2], [3, 4], {'k': [5]}]
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
nested[0].append(99)
nested[2]['k'].append(6)
print(nested)
print(shallow)
print(deep)
print(shallow is nested, shallow[0] is nested[0], deep[0] is nested[0])

d = {'a': [1], 'b': (2, [3])}
d2 = copy.deepcopy(d)
d2['b'][1].append(4)
print(d, d2)
t = (1, 2, 3)
print(copy.copy(t) is t, copy.deepcopy(t) is t)
s = {1, 2}
print(copy.copy(s), copy.copy(s) is s)

shared = [0]
pair = [shared, shared]
cp = copy.deepcopy(pair)
print(cp[0] is cp[1], cp[0] is shared)

cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc[1] is cyc)


class Tracked:
    def __init__(self, items):
        self.items = items

    def __copy__(self):
        print('__copy__ called')
        return Tracked(self.items)

    def __deepcopy__(self, memo):
        print('__deepcopy__ called', type(memo).__name__)
        return Tracked(copy.deepcopy(self.items, memo))


a = Tracked([1, [2]])
b = copy.copy(a)
c = copy.deepcopy(a)
print(b.items is a.items, c.items is a.items, c.items[1] is a.items[1])

print(copy.copy(3), copy.deepcopy('text'), copy.copy(None), copy.deepcopy(len) is len)
print(copy.Error, issubclass(copy.Error, Exception))
