# iterating and indexing non-ASCII strings by code point
s = "héllo wörld ✓"
print(len(s), s[1], s[-1], s[7:12], list(s[:3]))
print([c for c in s if ord(c) > 127], s.find("ö"), s.upper(), s.split())
print("✓" in s, s.count("l"), s[::-1])
print(f"{s:>16}|", f"{'é':^5}|", len(s.encode()))
