# str.format
print("{} + {} = {}".format(1, 2, 3))
print("{0}{1}{0}".format("a", "b"), "{name}!".format(name="hi"))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:.3f} {:,} {:08.3f} {:+}".format(3.14159, 10**6, -2.5, 7))
print("{0[1]} {1[k]} {2.real}".format([1, 2], {"k": "v"}, 5))
print("{!r} {!s}".format("x", "y"), "{{}}".format())
print("{:{w}}|".format("p", w=5))
