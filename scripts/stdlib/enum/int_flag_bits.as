# IntFlag for protocol option bits parsed from an integer field.
from enum import IntFlag


class Opt(IntFlag):
    ACK = 1
    SYN = 2
    FIN = 4
    RST = 8


packets = [2, 3, 1, 5, 9, 16 | 1, 0]
for raw in packets:
    flags = Opt(raw)
    print(f"{raw:>2} {flags!r:<20} str={flags} ack={Opt.ACK in flags} names={[f.name for f in flags]}")

print(Opt.SYN | Opt.ACK, repr(Opt.SYN | 1), Opt.FIN + 1, Opt.RST & 8, ~Opt.ACK)
print(isinstance(Opt.SYN, int), Opt.SYN == 2, Opt(3) is Opt(3), list(Opt))
