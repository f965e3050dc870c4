# strip with character sets
print("xxhixx".strip("x"), "abcHELLOcba".strip("abc"), "  \t\n x \n".strip(), "www.site.com".lstrip("w."))
