# Checks: time.strftime produces strings of the expected shape (no actual date is printed).
# asyncscript: clock=real (the script checks the real date and time)
import time
year = time.strftime("%Y")
print(len(year), year.isdigit(), int(year) >= 2024)
stamp = time.strftime("%Y-%m-%d")
print(len(stamp), stamp[4], stamp[7], stamp.replace("-", "").isdigit())
clock = time.strftime("%H:%M:%S")
parts = clock.split(":")
print(len(parts), all(len(p) == 2 and p.isdigit() for p in parts))
print(time.strftime("%%"), time.strftime("literal text"))
