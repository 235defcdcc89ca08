# Logging errors with their tracebacks, keeping only file names for stable output.
import traceback

def tidy(text):
    out = []
    for line in text.splitlines():
        if line.startswith('  File "'):
            path, rest = line[8:].split('"', 1)
            line = '  File "' + path.rsplit("/", 1)[-1] + '"' + rest
        out.append(line)
    return "\n".join(out)

def load(cfg):
    return cfg["port"]

def start(cfg):
    return load(cfg) + 1

for cfg in [{"port": 80}, {}]:
    try:
        print("started on", start(cfg))
    except KeyError:
        print(tidy(traceback.format_exc()))
print(repr(traceback.format_exc()))
