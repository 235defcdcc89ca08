import uuid, base64, datetime, collections, itertools, fractions
u = uuid.uuid5(uuid.NAMESPACE_OID, "x")
print(u.fields, u.time_low, u.node, u.variant, uuid.UUID(u.hex) == u, u < uuid.uuid5(uuid.NAMESPACE_OID, "y"), hash(u) == hash(uuid.UUID(str(u))))
try:
    uuid.UUID("not-a-uuid")
except ValueError as e:
    print("ValueError:", e)
print(base64.urlsafe_b64decode("-_8="))
try:
    base64.b64decode("!!!!", validate=True)
except Exception as e:
    print(type(e).__name__, e)
for s, f in [("2024-02-30", "%Y-%m-%d"), ("10:61", "%H:%M"), ("2024-01-01 extra", "%Y-%m-%d"), ("Mon Jan  1 2024", "%a %b %d %Y")]:
    try:
        print(datetime.datetime.strptime(s, f))
    except ValueError as e:
        print("ValueError:", e)
print(datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone(datetime.timedelta(hours=-5))).strftime("%z %Z"), datetime.datetime(2024, 1, 1).strftime("[%z][%Z]"))
print(datetime.datetime.fromisoformat("2024-01-01T10:00:00Z"), datetime.date.fromisocalendar(2024, 1, 1), datetime.datetime(2024, 3, 1).isocalendar())
print(datetime.timedelta(days=1, hours=2) == datetime.timedelta(hours=26), datetime.timedelta(seconds=3661).__str__(), str(datetime.timedelta(microseconds=-1)))
c = collections.Counter(a=1)
try:
    collections.Counter.fromkeys("ab")
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(c.most_common(0), collections.Counter("aab").most_common(-1), c < collections.Counter(a=2), collections.Counter(a=1) == {"a": 1})
try:
    collections.deque([1], maxlen=-1)
except ValueError as e:
    print("ValueError:", e)
d = collections.deque([1, 2, 3]); print(d * 2, d + collections.deque([4]), d[1], d.copy(), d == collections.deque([1, 2, 3]), d < collections.deque([2]))
try:
    d[10]
except IndexError as e:
    print("IndexError:", e)
try:
    d.remove(99)
except ValueError as e:
    print("ValueError:", e)

from collections import deque
d = deque([1, 2], maxlen=3)
print(d * 2, 2 * d, d + deque([5]))
try:
    d + [1]
except TypeError as e:
    print(e)
e = deque([1]); e *= 3; print(e); e += [4]; print(e)
f = deque([1, 2], maxlen=3); f *= 2; print(f)
try:
    d * 'x'
except TypeError as e:
    print(e)
try:
    d < [1]
except TypeError as e:
    print(e)
print(deque([1]) * 0, deque([1, 2]) + deque([3], maxlen=1), deque([1, 2]) <= deque([1, 2]), deque([3]) > deque([2, 9]), deque() >= deque())
import collections
for c in (collections.deque(), collections.OrderedDict(), collections.defaultdict(), collections.Counter(), collections.ChainMap()):
    try:
        c < 1
    except TypeError as e:
        print(e)
try:
    hash(collections.deque())
except TypeError as e:
    print(e)
try:
    hash(collections.OrderedDict())
except TypeError as e:
    print(e)
