# files are outside the supported subset
with open("data.txt") as f:
    print(f.read())
