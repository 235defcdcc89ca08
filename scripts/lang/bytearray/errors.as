# bytearray's error cases, each printed as type(e).__name__, e.


def check(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(r))


def setitem(b, i, v):
    b[i] = v
    return b


def delitem(b, i):
    del b[i]
    return b


def iadd(b, v):
    b += v
    return b


def imul(b, v):
    b *= v
    return b


ba = bytearray(b"abc")
bb = b"ab"
cases = [
    ("float source", lambda: bytearray(1.5)),
    ("str without encoding", lambda: bytearray("abc")),
    ("negative size", lambda: bytearray(-1)),
    ("int out of range", lambda: bytearray([256])),
    ("bytes out of range", lambda: bytes([256])),
    ("float item", lambda: bytearray([1.0])),
    ("encoding without str", lambda: bytearray(b"ab", "utf-8")),
    ("errors without str", lambda: bytearray(b"ab", errors="strict")),
    ("too many args", lambda: bytearray(1, 2, 3, 4)),
    ("bad encoding", lambda: bytearray("é", "ascii")),
    ("hash", lambda: hash(bytearray())),
    ("dict key", lambda: {bytearray(b"k"): 1}),
    ("set member", lambda: {bytearray(b"k")}),
    ("concat str", lambda: ba + "cd"),
    ("concat int", lambda: ba + 1),
    ("bytes concat int", lambda: b"ab" + 1),
    ("repeat by str", lambda: ba * "x"),
    ("order with str", lambda: ba < "ac"),
    ("index", lambda: ba[5]),
    ("negative index", lambda: ba[-4]),
    ("str index", lambda: ba["x"]),
    ("bytes str index", lambda: bb["x"]),
    ("bytes index", lambda: bb[2]),
    ("set 256", lambda: setitem(bytearray(b"abc"), 0, 256)),
    ("set -1", lambda: setitem(bytearray(b"abc"), 0, -1)),
    ("set str", lambda: setitem(bytearray(b"abc"), 0, "x")),
    ("set bytes", lambda: setitem(bytearray(b"abc"), 0, b"x")),
    ("set out of range", lambda: setitem(bytearray(b"abc"), 5, 1)),
    ("slice int", lambda: setitem(bytearray(b"abc"), slice(0, 2), 5)),
    ("slice str", lambda: setitem(bytearray(b"abc"), slice(0, 2), "ab")),
    ("slice list", lambda: setitem(bytearray(b"abc"), slice(0, 2), [1, 2, 3])),
    ("slice list 300", lambda: setitem(bytearray(b"abc"), slice(0, 2), [1, 2, 300])),
    ("extended ok", lambda: setitem(bytearray(b"abc"), slice(0, 3, 2), b"xy")),
    ("extended size", lambda: setitem(bytearray(b"abc"), slice(0, 3, 2), b"xyz")),
    ("extended int", lambda: setitem(bytearray(b"abc"), slice(0, 3, 2), 1)),
    ("extended backwards", lambda: setitem(bytearray(b"abcdef"), slice(None, None, -2), b"XYZ")),
    ("bytes assignment", lambda: setitem(b"abc", 0, 1)),
    ("del extended", lambda: delitem(bytearray(b"abcdef"), slice(None, None, 2))),
    ("del out of range", lambda: delitem(bytearray(b"abcdef"), 9)),
    ("del bytes", lambda: delitem(b"abc", 0)),
    ("+= str", lambda: iadd(bytearray(b"x"), "s")),
    ("+= list", lambda: iadd(bytearray(b"x"), [1])),
    ("*= float", lambda: imul(bytearray(b"x"), 2.0)),
    ("append 256", lambda: bytearray(b"a").append(256)),
    ("append str", lambda: bytearray(b"a").append("a")),
    ("append bytes", lambda: bytearray(b"a").append(b"a")),
    ("append nothing", lambda: bytearray(b"a").append()),
    ("extend int", lambda: bytearray(b"a").extend(3)),
    ("extend str", lambda: bytearray(b"a").extend("ab")),
    ("extend mixed", lambda: bytearray(b"a").extend([1, "a"])),
    ("insert one arg", lambda: bytearray(b"a").insert(0)),
    ("insert 300", lambda: bytearray(b"a").insert(0, 300)),
    ("pop empty", lambda: bytearray(b"").pop()),
    ("pop range", lambda: bytearray(b"a").pop(5)),
    ("pop two args", lambda: bytearray(b"a").pop(1, 2)),
    ("remove missing", lambda: bytearray(b"a").remove(5)),
    ("remove 500", lambda: bytearray(b"a").remove(500)),
    ("remove bytes", lambda: bytearray(b"a").remove(b"a")),
    ("copy with arg", lambda: bytearray(b"a").copy(1)),
    ("in 300", lambda: 300 in bytearray(b"a")),
    ("in str", lambda: "a" in bytearray(b"a")),
    ("bytes in 300", lambda: 300 in b"a"),
    ("find str", lambda: ba.find("b")),
    ("find 999", lambda: ba.find(999)),
    ("index missing", lambda: ba.index(b"z")),
    ("rindex missing", lambda: ba.rindex(122)),
    ("split empty", lambda: ba.split(b"")),
    ("partition empty", lambda: ba.partition(b"")),
    ("join str", lambda: b"-".join([b"a", "x"])),
    ("center fill", lambda: ba.center(6, "*")),
    ("ljust fill", lambda: ba.ljust(6, b"**")),
    ("decode", lambda: bytearray(b"\xff").decode()),
    ("fromhex", lambda: bytearray.fromhex("0g")),
    ("fromhex bytes", lambda: bytearray.fromhex(b"ab")),
    ("sum start", lambda: sum([], bytearray())),
]
for label, f in cases:
    check(label, f)
print(ba)
