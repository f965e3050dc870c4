# triple-quoted and multi-line f-strings
user = {"name": "Ada", "langs": ["py", "c"]}
msg = f"""User: {user["name"]}
Langs: {", ".join(user["langs"])}
Count: {len(user["langs"]):03d}"""
print(msg)
print(f"{'a'}" f"{'b'}" "c" f"{1 + 2}")
