# Checks: format specs inside f-strings, including nested replacement fields in the spec.
x = 3.14159
n = 42
big = 1234567
s = "hi"
print(f"[{x:.2f}]")
print(f"[{x:>10}]")
print(f"[{n:5}] [{n:<5}] [{n:^5}] [{n:>5}]")
print(f"[{n:03d}] [{n:05}] [{-n:05d}]")
print(f"[{big:,}] [{big:_}] [{1234.5678:,.2f}]")
print(f"[{x:e}] [{x:E}] [{x:.3e}] [{12345.678:e}]")
print(f"[{x:10.3f}] [{x:<10.3f}] [{x:+.1f}]")
print(f"[{s:^9}] [{s:*^9}] [{s:-<6}] [{s:>4}]")
print(f"[{n:x}] [{n:X}] [{n:#x}] [{n:o}] [{n:#o}] [{n:b}] [{n:#b}]")
print(f"[{n:+d}] [{-n:+d}] [{n: d}] [{-n: d}]")
print(f"[{0.25:%}] [{0.25:.1%}] [{1:.0%}]")
print(f"[{x:g}] [{1e20:g}] [{0.00001:g}] [{123456789.0:g}] [{100.0:g}]")
w = 8
p = 3
print(f"[{x:{w}}] [{x:{w}.{p}f}] [{s:>{w}}] [{n:{'^'}{w}}]")
print(f"[{255:08b}] [{255:#010x}]")
print(f"[{-3.5:08.2f}] [{3:=+6}]")
print(f"[{True:d}] [{True}] [{False:>6}]")
print(f"[{1.0:.0f}] [{2.5:.0f}] [{3.5:.0f}] [{0.125:.2f}]")
print(f"[{'abc':.2}] [{'abcdef':>8.3}]")
print(f"[{n:,d}] [{-1234567:,}]")
print(f"[{x:.0e}] [{1.0:e}] [{0.0:e}]")
