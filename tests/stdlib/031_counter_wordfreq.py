from collections import Counter

text = """It was the best of times it was the worst of times it was the age of wisdom
it was the age of foolishness it was the epoch of belief"""
words = text.lower().split()
freq = Counter(words)
print(freq.most_common(5))
for word, n in freq.most_common(3):
    print(f"{word:>6}: {'#' * n}")
letters = Counter(c for c in text.lower() if c.isalpha())
print(letters.most_common(4), sum(letters.values()), letters.total())
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6])
a = Counter("aabbbc")
b = Counter("abccd")
print(a + b, a - b, b - a, a & b, a | b)
inventory = Counter(apples=3, pears=0, kiwis=-2)
print(inventory, +inventory, -inventory, list(inventory.elements()))
inventory.update(apples=1, kiwis=5)
print(inventory, inventory["bananas"])
ties = Counter(["x", "y", "z", "y", "x"])
print(ties.most_common(), ties.most_common(1))
votes = Counter()
for v in ["yes", "no", "yes", "abstain", "yes", "no"]:
    votes[v] += 1
print(votes, max(votes, key=votes.get), len(votes))
c = Counter(a=2, b=1)
c["a"] -= 2
print(c, +c, c == Counter(b=1), Counter(a=0) == Counter())
