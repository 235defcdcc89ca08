import queue, threading, abc, types, inspect, sys, time, struct, base64, fractions, uuid, pprint
q = queue.Queue(maxsize=2)
q.put(1); q.put(2)
print(q.full(), q.qsize(), q.get(), q.empty())
try:
    q.put(3, block=False); q.put(4, block=False)
except queue.Full:
    print("Full")
try:
    queue.Queue().get_nowait()
except queue.Empty:
    print("Empty", repr(queue.Empty()))
pq = queue.PriorityQueue(); [pq.put(x) for x in (5, 1, 3)]; print([pq.get() for _ in range(3)])
lq = queue.LifoQueue(); [lq.put(x) for x in "abc"]; print(lq.get(), lq.get())
sq = queue.SimpleQueue(); sq.put(1); print(sq.get(), sq.empty())
results = []
lock = threading.Lock()
def worker(n):
    with lock:
        results.append(n * n)
ts = [threading.Thread(target=worker, args=(i,)) for i in range(5)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(results), threading.current_thread().name, threading.main_thread() is threading.current_thread())
ev = threading.Event(); print(ev.is_set()); ev.set(); print(ev.wait(0.1))
rl = threading.RLock()
with rl:
    with rl:
        print("reentrant ok")
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @property
    @abc.abstractmethod
    def name(self): ...
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    @property
    def name(self): return "square"
print(Sq(3).area(), Sq(2).name, Shape.__abstractmethods__ == frozenset({"area", "name"}))
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
class Half(Shape):
    def area(self): return 0
try:
    Half()
except TypeError as e:
    print("TypeError:", e)
Shape.register(int); print(isinstance(3, Shape), issubclass(bool, Shape))
ns = types.SimpleNamespace(a=1, b="x"); ns.c = [3]; print(ns, ns == types.SimpleNamespace(a=1, b="x", c=[3]), vars(ns))
print(types.FunctionType, type(print) is types.BuiltinFunctionType, isinstance(lambda: 0, types.LambdaType))
mp = types.MappingProxyType({"k": 1}); print(mp, mp["k"])
try:
    mp["z"] = 2
except TypeError as e:
    print("TypeError:", e)
def sample(a, b: int = 2, *args, c, d=4, **kw) -> str:
    """Doc here."""
    return "x"
sig = inspect.signature(sample)
print(sig, list(sig.parameters), sig.parameters["b"].default, sig.parameters["c"].kind, sig.return_annotation)
print(inspect.isfunction(sample), inspect.isclass(Sq), inspect.ismethod(Sq(1).area), inspect.getdoc(sample), inspect.iscoroutinefunction(sample))
print(sig.bind(1, c=3).arguments, inspect.getmembers(ns)[:0], inspect.isabstract(Shape), inspect.isgeneratorfunction(sample))
print(sys.version_info[:2], sys.maxsize, sys.byteorder, type(sys.argv).__name__, sys.getrecursionlimit(), sys.platform in ("linux", "darwin"))
print(sys.float_info.max)
t0 = time.perf_counter(); time.sleep(0.01); print(time.perf_counter() - t0 >= 0.0, time.strftime("%Y", time.gmtime(0)), time.gmtime(86400 * 365)[:3])
print(time.mktime(time.localtime(1000)) == 1000.0, time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0)))
print(struct.unpack(">f", struct.pack(">f", 1.5)), struct.pack("<q", -1), list(struct.iter_unpack("<h", b"\x01\x00\x02\x00")))
try:
    struct.pack(">h", 70000)
except struct.error as e:
    print("struct.error:", e)
try:
    struct.unpack(">i", b"\x00")
except struct.error as e:
    print("struct.error:", e)
try:
    base64.b64decode("abc")
except Exception as e:
    print(type(e).__name__, e)
print(base64.b64decode("YWJj\n"), base64.standard_b64encode(b"\x00\xff"))
print(uuid.UUID("{12345678-1234-5678-1234-567812345678}"), uuid.NAMESPACE_DNS, uuid.UUID(bytes=b"\x00" * 16).variant)
pprint.pprint([("a" * 30, i) for i in range(4)], width=40)
pprint.pprint({"z": 1, "a": {"nested": [1, 2, 3] * 10}}, sort_dicts=False, indent=2)
print(pprint.pformat({"b": 1, "a": 2}), pprint.saferepr([1, {2: 3}]), pprint.isreadable([1]))
