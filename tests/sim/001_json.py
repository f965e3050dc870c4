# 001_json: json.dumps and json.loads as CPython prints and parses them
# topic: json
import json

values = [None, True, False, 0, -7, 10 ** 20, 1.5, -0.0, 1e300, 1e-7, float('inf'),
          "", 'quote " backslash \\ newline \n tab \t é € 😀', [], {}, [1, [2, [3]]],
          {"b": [1, 2, {"c": None}], "a": 1, 3: 4, 1.5: 2, True: 1, None: 0}, (1, 2)]
for v in values:
    print(json.dumps(v))
data = {"name": "ada", "langs": ["en", "fr"], "age": 36, "nested": {"x": [1.25, None]}}
print(json.dumps(data, indent=2))
print(json.dumps(data, indent="\t", sort_keys=True))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps("é€", ensure_ascii=False))
print(json.dumps({1, 2} and [1], default=str), json.dumps({"s": {3}}, default=sorted))
for bad in [{1, 2}, object(), {(1, 2): 3}]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError:", e)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError:", e)

docs = ['1', ' -1.5e3 ', '"a\\u00e9\\ud83d\\ude00\\n"', '[1, "two", null, true, false]',
        '{"a": {"b": [1, 2.5, {}]}, "c": []}', 'NaN', '-Infinity', '1E+2', '01', '1.',
        '', '  ', '"abc', '"a\nb"', '"\\x"', '"\\u12"', '[1, 2', '[1,]', '[1 2]', '{"a" 1}',
        '{"a": 1,}', '{a: 1}', 'nul', 'null x', '{"a":1', '[-]', b'{"bytes": 1}']
for d in docs:
    try:
        print(repr(d), '->', repr(json.loads(d)))
    except json.JSONDecodeError as e:
        print(repr(d), '-> JSONDecodeError:', e, (e.msg, e.pos, e.lineno, e.colno))
print(json.loads(json.dumps(data)) == data, isinstance(json.JSONDecodeError('m', 'd', 0), ValueError))
