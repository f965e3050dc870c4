# raising a different exception inside except shows both
def fetch(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError(f"no {k}")
fetch({}, "key")
