# string methods
s = "Hello, World"
print(s.upper(), s.lower(), s.title(), s.swapcase())
print(s.split(", "), s.replace("l", "L"), s.find("World"), s.count("l"))
print(" x ".strip() + "|", "--a--".strip("-"), "a,b,,c".split(","))
print("-".join(["a", "b", "c"]), s.startswith("Hell"), s.endswith("d"))
print(s[0], s[-1], s[2:5], s[::-1], s[::2])
print(len(s), "World" in s, "xyz" not in s)
print("abc" * 3, "a" + "b")
print("  multiple   spaces here ".split())
print("line1\nline2\nline3".splitlines())
print("42".zfill(5), "ab".center(6, "*"), "ab".ljust(4) + "|", "ab".rjust(4))
print("a=b=c".partition("="), "a=b=c".rpartition("="))
print("hello world".capitalize(), "abc".isalpha(), "123".isdigit(), "  ".isspace())
