from collections import namedtuple

rows = [["alice", "30", "oslo"], ["bob", "25", "rome"], ["carol", "35", "lima"]]
Person = namedtuple("Person", "name age city")
people = [Person._make(r) for r in rows]
print(people[0], [p.name for p in people])
older = [p._replace(age=int(p.age) + 1) for p in people]
print(older)
print(sorted(older, key=lambda p: p.age, reverse=True)[0].name)
print([p._asdict() for p in people[:1]])
Stock = namedtuple("Stock", ["symbol", "price", "shares"], defaults=[0])
portfolio = [Stock("AAPL", 150.0, 10), Stock("MSFT", 300.5), Stock("GOOG", 99.9, 3)]
print(sum(s.price * s.shares for s in portfolio))
for s in portfolio:
    print(f"{s.symbol:<5}{s.price:>8.2f}{s.shares:>4}")
print(Stock._field_defaults, Stock._fields, Stock.__doc__)


class Pixel(namedtuple("Pixel", "r g b")):
    @property
    def hex(self):
        return "#%02x%02x%02x" % self

    @property
    def brightness(self):
        return (self.r + self.g + self.b) / 3


px = Pixel(255, 128, 0)
print(px, px.hex, px.brightness, px._replace(g=0).hex)
Event = namedtuple("Event", "time name")
events = [Event(3.5, "c"), Event(1.0, "a"), Event(2.0, "b")]
print(min(events), sorted(events), dict(events))
print(Person(**{"name": "dan", "age": 1, "city": "x"}), Person(*"xyz"))
print(namedtuple("P", "x y", defaults=(1,))(0), namedtuple("T", "a", module="mod").__module__)
