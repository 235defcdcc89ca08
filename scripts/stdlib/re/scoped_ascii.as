import re
print(re.findall(r"(?a:\w+)-\w+", "héllo-wörld abc-déf"))
print(re.findall(r"((?a:\d)(\d))", "1٣2٣ 12"))
print(re.findall(r"(?a:[\w]+)(\w)", "aé bc"))
print(re.findall(r"(?a:x(?:\w))\w", "xéé xaé"))
