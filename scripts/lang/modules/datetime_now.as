# Checks: datetime.datetime.now() returns a datetime whose str has the fixed shape
# "YYYY-MM-DD HH:MM:SS[.ffffff]"; only types and shapes are printed.
# asyncscript: clock=real (the script checks the real date and time)
import datetime
now = datetime.datetime.now()
print(type(now))
print(type(now).__name__, isinstance(now, datetime.datetime))
s = str(now)
print(len(s) > 0, len(s) in (19, 26), s[4] == "-", s[7] == "-", s[10] == " ", s[13] == ":")
print(s[:4].isdigit(), int(s[:4]) >= 2024)
from datetime import datetime as DT
print(type(DT.now()) is DT)
