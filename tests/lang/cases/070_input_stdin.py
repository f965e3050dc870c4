# input() reads the provided stdin
name = input("name? ")
age = int(input())
print(f"hello {name}, next year {age + 1}")
try:
    input()
except EOFError as e:
    print("EOFError:", e)
