# string transformations
def caesar(s, k):
    out = []
    for ch in s:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)
msg = "Hello, World!"
enc = caesar(msg, 3)
print(enc, caesar(enc, -3), msg[::-1], msg.swapcase())
print(" ".join(w.capitalize() for w in "the quick fox".split()))
