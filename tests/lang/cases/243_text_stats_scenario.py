# text statistics
text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness"""
words = [w.strip(",").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:4]
print(len(words), len(freq), top)
print(max(words, key=len), sorted(set(w[0] for w in words)))
print(text.count("it was"), text.splitlines()[1].title())
