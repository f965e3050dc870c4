# keyword and string, from CPython's own Lib: checking identifiers and the character classes.
import keyword
import string

print(len(keyword.kwlist), keyword.kwlist[:5])
print(keyword.softkwlist)
for word in ['async', 'await', 'match', 'print', 'None', 'class_', 'lambda']:
    print(word, keyword.iskeyword(word), keyword.issoftkeyword(word), word.isidentifier())


def valid_name(name):
    return name.isidentifier() and not keyword.iskeyword(name)


print([n for n in ['total', '2fast', 'for', 'my_var', 'yield', '_'] if valid_name(n)])

print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace))
print(string.punctuation)
print(len(string.printable))
print(string.capwords('hello   world, this is  python'))
print(string.capwords('one-two-three', '-'))


def caesar(text, shift):
    lower = string.ascii_lowercase
    table = {c: lower[(i + shift) % 26] for i, c in enumerate(lower)}
    return ''.join(table.get(c, c) for c in text)


print(caesar('attack at dawn', 3))
counts = {c: 0 for c in 'lud'}
for ch in 'Hello World 2024!':
    if ch in string.ascii_lowercase:
        counts['l'] += 1
    elif ch in string.ascii_uppercase:
        counts['u'] += 1
    elif ch in string.digits:
        counts['d'] += 1
print(counts)
print(string.__name__, keyword.__name__)
