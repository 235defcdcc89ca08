# File permissions as a Flag: combining, testing and printing members.
from enum import Flag, auto


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    RW = READ | WRITE
    ALL = READ | WRITE | EXEC


users = {"alice": Perm.ALL, "bob": Perm.READ | Perm.WRITE, "carol": Perm.READ, "dave": Perm(0)}
for user, perm in users.items():
    can = [p.name for p in Perm if p in perm]
    print(f"{user:<6} {perm!r:<18} {str(perm):<14} bool={bool(perm)} len={len(perm)} can={can}")

print(list(Perm), len(Perm), Perm.RW, Perm.ALL)
print(Perm.ALL & ~Perm.WRITE, Perm.READ ^ Perm.RW, ~Perm.READ, ~Perm.ALL)
print(Perm(5), Perm(3) is Perm.RW, Perm.READ.value, (Perm.READ | Perm.EXEC).name)
print(list(Perm.__members__))
for bad in (8, -1):
    try:
        print(Perm(bad))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    Perm.READ | 1
except TypeError as e:
    print(type(e).__name__, e)
