# Writing a small CSV report to a file, then reading it back line by line.
import os

path = f"_os_roundtrip_{os.getpid()}.csv"
rows = [("widget", 3, 2.5), ("gadget", 1, 10.0), ("doohickey", 12, 0.75)]
with open(path, "w", encoding="utf-8") as f:
    f.write("name,qty,price\n")
    for name, qty, price in rows:
        f.write(f"{name},{qty},{price}\n")
print("exists:", os.path.exists(path), "isfile:", os.path.isfile(path), "isdir:", os.path.isdir(path))
print("size:", os.path.getsize(path))
total = 0.0
with open(path) as f:
    header = f.readline().rstrip("\n").split(",")
    print("header:", header)
    for line in f:
        name, qty, price = line.rstrip("\n").split(",")
        total += int(qty) * float(price)
        print(f"  {name:10} {int(qty):3} x {float(price):6.2f}")
print("total:", total)
print("closed after with:", f.closed)
os.remove(path)
print("exists after remove:", os.path.exists(path))
