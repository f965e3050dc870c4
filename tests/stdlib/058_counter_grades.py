from collections import Counter, defaultdict, namedtuple

Result = namedtuple("Result", "student course grade")
results = [Result("ann", "math", "A"), Result("bob", "math", "B"), Result("ann", "art", "B"),
           Result("cid", "math", "A"), Result("bob", "art", "C"), Result("cid", "art", "A")]
grade_counts = Counter(r.grade for r in results)
print(grade_counts, grade_counts.most_common(1))
per_course = defaultdict(Counter)
for r in results:
    per_course[r.course][r.grade] += 1
print({c: dict(cnt) for c, cnt in per_course.items()})
points = {"A": 4, "B": 3, "C": 2}
gpa = defaultdict(list)
for r in results:
    gpa[r.student].append(points[r.grade])
print({s: round(sum(v) / len(v), 2) for s, v in sorted(gpa.items())})
total = sum((Counter({r.grade: 1}) for r in results), Counter())
print(total, total == grade_counts)
c = Counter("abc")
c.subtract("aab")
print(c, c.most_common(), list(c.elements()), +c)
print(Counter({"x": 3}).most_common(-1), Counter("zzyx").most_common(2))
