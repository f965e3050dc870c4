# key functions and stability
people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(min(people, key=lambda p: p[1]), max(people, key=lambda p: p[1]))
print(sorted("banana"), sorted([3, 1, 2], reverse=True), sorted((2, 1)))
print(max("apple", "pear", key=len), min([4, 2, 8], key=lambda x: abs(x - 5)))
words = ["ccc", "a", "bb"]
words.sort(key=len)
print(words)
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
