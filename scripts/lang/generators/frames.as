# A generator's gi_frame (f_code, f_lineno, f_locals, f_globals, f_back) and gi_yieldfrom,
# before it starts, while it runs, while paused (also inside `yield from`) and once done.


def show_frame(label, f):
    if f is None:
        print(label, None)
        return
    c = f.f_code
    print(label, type(f).__name__, c.co_name, c.co_filename.rsplit("/", 1)[-1], c.co_firstlineno, f.f_lineno)


def sub(n):
    got = yield "sub"
    print("sub got", got)
    return n * 2


def gen(a):
    x = a + 1
    y = yield x
    z = yield from sub(y)
    yield z
    return "end"


g = gen(1)
print(g.gi_running, g.gi_suspended, g.gi_yieldfrom, g.gi_code.co_name)
show_frame("before start", g.gi_frame)
print("locals before start", g.gi_frame.f_locals)
print(g.gi_frame.f_globals is globals(), g.gi_frame.f_back)
print(next(g))
show_frame("paused", g.gi_frame)
print("locals paused", sorted(g.gi_frame.f_locals.items()))
print(g.gi_suspended, g.gi_yieldfrom, g.gi_frame.f_back)
print(g.send(5))
show_frame("in yield from", g.gi_frame)
print(type(g.gi_yieldfrom).__name__, g.gi_yieldfrom.__name__, g.gi_yieldfrom.gi_running)
show_frame("delegate's frame", g.gi_yieldfrom.gi_frame)
print("delegate's locals", sorted(g.gi_yieldfrom.gi_frame.f_locals.items()))
print(g.send("x"))
print(g.gi_yieldfrom)
frame = g.gi_frame
for rest in g:
    print("rest", rest)
show_frame("done", g.gi_frame)
print(g.gi_yieldfrom, g.gi_running, g.gi_suspended)
show_frame("kept frame", frame)


def running():
    print("running inside:", r.gi_running, r.gi_suspended, r.gi_yieldfrom)
    show_frame("inside", r.gi_frame)
    show_frame("caller", r.gi_frame.f_back)
    yield


def drive():
    next(r)


r = running()
drive()
r.close()
show_frame("closed", r.gi_frame)

u = gen(0)
u.close()
show_frame("closed unstarted", u.gi_frame)
