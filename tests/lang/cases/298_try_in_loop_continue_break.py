# try/except/finally inside loops with break and continue
results = []
for i in range(6):
    try:
        if i == 1:
            continue
        if i == 4:
            break
        if i == 2:
            raise KeyError(i)
        results.append(i)
    except KeyError:
        results.append("err")
    finally:
        results.append(f"f{i}")
print(results)
