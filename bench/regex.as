# Regex throughput: parse log lines with named groups, findall, and sub with a template.
import re

LINE = re.compile(r'(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) - (?P<user>\S+) \[(?P<when>[^\]]+)\] "(?P<method>[A-Z]+) (?P<path>\S+)')
log = "\n".join(f'10.0.{i % 256}.{i % 7} - u{i % 13} [10/Oct/2023:13:{i % 60:02d}:00 +0000] "GET /p/{i} HTTP/1.1" 200 {i}' for i in range(3000))
hits = {}
for line in log.splitlines():
    m = LINE.match(line)
    if m:
        hits[m.group("user")] = hits.get(m.group("user"), 0) + 1
print(sorted(hits.items())[:3])
print(len(re.findall(r"\d+", log)))
print(len(re.sub(r"(\d+)\.(\d+)", r"\2.\1", log)))
print(sum(1 for _ in re.finditer(r"\bGET\b", log)))
