from collections import defaultdict

edges = [("a", "b"), ("a", "c"), ("b", "c"), ("c", "d"), ("e", "a")]
adj = defaultdict(list)
indeg = defaultdict(int)
for u, v in edges:
    adj[u].append(v)
    indeg[v] += 1
    indeg[u] += 0
print(dict(adj), dict(indeg))
order = []
ready = [n for n in indeg if indeg[n] == 0]
while ready:
    n = ready.pop(0)
    order.append(n)
    for m in adj[n]:
        indeg[m] -= 1
        if indeg[m] == 0:
            ready.append(m)
print(order)
print(adj)


def tree():
    return defaultdict(tree)


t = tree()
t["a"]["b"]["c"] = 1
t["a"]["x"] = 2


def plain(d):
    return {k: plain(v) if isinstance(v, defaultdict) else v for k, v in d.items()}


print(plain(t))
by_len = defaultdict(set)
for w in ["hi", "yo", "hey", "sup", "a"]:
    by_len[len(w)].add(w)
print(sorted((k, sorted(v)) for k, v in by_len.items()))
counts = defaultdict(lambda: "n/a")
print(counts["x"], dict(counts), repr(counts).startswith("defaultdict(<function <lambda> at 0x"))
scores = defaultdict(float)
scores["a"] += 1.5
print(scores, scores.default_factory is float)
