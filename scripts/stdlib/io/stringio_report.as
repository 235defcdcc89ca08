# Building a text report in a StringIO and reading it back.
import io

buf = io.StringIO()
buf.write("Inventory\n")
buf.write("=========\n")
for item, qty in [("bolts", 120), ("nuts", 80), ("washers", 300)]:
    print(f"{item:<10}{qty:>5}", file=buf)
text = buf.getvalue()
print(text, end="")
print("position", buf.tell(), "length", len(text))
buf.seek(0)
print(repr(buf.readline()))
print(buf.readlines()[-1], end="")
print(repr(buf.read()))
buf.close()
print(buf.closed)
try:
    buf.getvalue()
except ValueError as e:
    print("ValueError:", e)
