# sys.exit with a string prints it on stderr and exits with status 1.
import sys

config = {"port": "eighty"}
print("loading config")
if not config["port"].isdigit():
    sys.exit(f"error: port must be a number, got {config['port']!r}")
print("not reached")
