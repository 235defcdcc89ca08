# Parsing web-server access logs with named groups and summarising them.
import re

LOG = """\
192.168.0.1 - - [10/Oct/2023:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326
10.0.0.7 - bob [10/Oct/2023:13:56:01 +0000] "POST /api/login HTTP/1.1" 401 64
192.168.0.1 - - [10/Oct/2023:13:57:12 +0000] "GET /static/app.js HTTP/1.1" 304 0
garbage line here
10.0.0.7 - bob [10/Oct/2023:13:58:40 +0000] "POST /api/login HTTP/1.1" 200 512
"""

LINE = re.compile(
    r'(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) - (?P<user>\S+) \[(?P<when>[^\]]+)\] '
    r'"(?P<method>[A-Z]+) (?P<path>\S+) HTTP/[\d.]+" (?P<status>\d{3}) (?P<size>\d+)'
)
print(LINE.groups, sorted(LINE.groupindex.items(), key=lambda kv: kv[1]))

by_status = {}
bytes_by_ip = {}
for lineno, line in enumerate(LOG.splitlines(), 1):
    m = LINE.match(line)
    if m is None:
        print(f"line {lineno}: unparsable: {line!r}")
        continue
    rec = m.groupdict()
    by_status.setdefault(rec["status"], []).append(rec["path"])
    bytes_by_ip[rec["ip"]] = bytes_by_ip.get(rec["ip"], 0) + int(rec["size"])
    print(lineno, m.group("method"), m["path"], m.span("status"), m.lastgroup, m.lastindex)

for status in sorted(by_status):
    print(status, by_status[status])
print(bytes_by_ip)
print(LINE.search(LOG).group("when"))
