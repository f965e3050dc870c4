# __getitem__-based iteration and in
class Squares:
    def __getitem__(self, i):
        if i > 4:
            raise IndexError(i)
        return i * i
print(list(Squares()), 9 in Squares(), 10 in Squares())
for i, v in enumerate(Squares()):
    print(i, v)
