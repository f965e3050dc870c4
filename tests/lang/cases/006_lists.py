# list methods and operations
a = [3, 1, 2]
a.append(5)
a.extend([7, 8])
a.insert(0, 9)
print(a, len(a))
print(a.pop(), a.pop(0), a)
a.remove(2)
print(a, a.index(5), a.count(1))
a.sort()
print(a)
a.sort(reverse=True)
print(a)
a.reverse()
print(a, a[1:3], a[::-1])
b = a.copy()
b[0] = 100
print(a, b)
del b[0]
print(b)
b[1:3] = [10, 20, 30]
print(b)
print([1, 2] + [3], [0] * 3, [1, 2] == [1, 2], [1, 2] < [1, 3])
words = ["banana", "Apple", "cherry"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
