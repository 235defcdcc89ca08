import inspect, types, operator, sys, keyword, shlex, fnmatch, base64, hashlib
def f(a, /, b, *args, c=1, **kw): pass
sig = inspect.signature(f)
for name, p in sig.parameters.items():
    print(name, p.kind, p.default is inspect.Parameter.empty, str(p))
print(sig.replace(return_annotation=int), inspect.Parameter("x", inspect.Parameter.KEYWORD_ONLY, default=3))
try:
    sig.bind()
except TypeError as e:
    print("TypeError:", e)
ba = sig.bind(1, 2, 3, c=4, z=5); ba.apply_defaults(); print(ba.arguments, ba.args, ba.kwargs)
class K:
    """Class doc."""
    def m(self): pass
    @staticmethod
    def s(): pass
    @classmethod
    def c(cls): pass
print(inspect.getdoc(K), [n for n, _ in inspect.getmembers(K, inspect.isfunction)], inspect.getmro(bool))
print(inspect.isbuiltin(len), inspect.isroutine(K.m), inspect.ismodule(sys), inspect.signature(K().m), inspect.signature(K.c))
def gen(): yield 1
g = gen()
print(inspect.isgenerator(g), inspect.getgeneratorstate(g)); next(g); print(inspect.getgeneratorstate(g))
print(inspect.cleandoc("""
    Title

      indented
    end
"""))
print(types.GeneratorType, isinstance(g, types.GeneratorType))
M = types.ModuleType("m", "docstr"); M.x = 1; print(M, M.__doc__, M.x)
print(operator.index(5), operator.concat([1], [2]), operator.contains([1], 1), operator.getitem({"a": 1}, "a"), operator.pow(2, 10), operator.floordiv(7, 2))
print(operator.is_(None, None), operator.not_(1), operator.lt(1, 2), operator.xor(5, 3), operator.length_hint([1, 2]), operator.countOf([1, 1, 2], 1), operator.indexOf("abc", "c"))
x = [1, 2]; operator.iadd(x, [3]); operator.setitem(x, 0, 9); operator.delitem(x, 1); print(x)
print(sys.intern("abc"), sys.exc_info(), sys.implementation.name in ("cpython", "asyncscript"))
print(shlex.split("a 'b c' \"d\\\"e\" # comment", comments=True), list(shlex.shlex("x = 'y'")), shlex.quote(""), shlex.quote("safe-path/x.txt"))
try:
    shlex.split('unterminated "quote')
except ValueError as e:
    print("ValueError:", e)
print(fnmatch.fnmatchcase("A.PY", "*.py"), fnmatch.fnmatch("x[1].txt", "x[[]1].txt"), fnmatch.filter(["ab", "ac", "b"], "a[!b]"), fnmatch.translate("[!a-c]?*"))
print(base64.b32decode("MFRA===="), base64.b16decode("6869"), base64.encodebytes(b"x" * 60))
print(hashlib.new("sha256", b"x").hexdigest()[:16], hashlib.sha512(b"a").digest_size)
import asyncio
async def co():
    print("inside", inspect.getcoroutinestate(cc))
    await asyncio.sleep(0)
cc = co()
print(inspect.getcoroutinestate(cc))
async def main():
    t = asyncio.ensure_future(cc)
    await asyncio.sleep(0)
    print(inspect.getcoroutinestate(cc))
    await t
    print(inspect.getcoroutinestate(cc))
asyncio.run(main())
def g2():
    print("running:", inspect.getgeneratorstate(gg))
    yield
gg = g2(); next(gg); gg.close(); print(inspect.getgeneratorstate(gg))
