# dict and list processing scenario
orders = [("apple", 3), ("pear", 1), ("apple", 2), ("fig", 5), ("pear", 4)]
totals = {}
for item, qty in orders:
    totals[item] = totals.get(item, 0) + qty
print(totals)
ranked = sorted(totals.items(), key=lambda kv: kv[1], reverse=True)
for rank, (item, qty) in enumerate(ranked, 1):
    print(f"{rank}. {item:<6}{qty:>3}")
print("most:", max(totals, key=totals.get), "total:", sum(totals.values()))
