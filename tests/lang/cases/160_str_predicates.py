# string predicates
for s in ["abc", "ABC", "Abc", "123", "a1", "", " ", "Hello World", "hello_world"]:
    print(repr(s), s.isalpha(), s.isdigit(), s.isalnum(), s.isupper(), s.islower(), s.isspace(), s.istitle())
