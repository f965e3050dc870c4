# string comparison and repetition
print("apple" < "banana", "Zebra" < "apple", "a" * 0, "ab" * -1, "abc" > "abd", "ab" < "abc")
print(sorted(["b", "A", "a", "B"]), max("hello"), min("hello"))
