# sys.exit with a message: caught once, then uncaught (status 1, message on stderr) after atexit.
import sys
print("starting")
try:
    sys.exit("fatal: config missing")
except SystemExit as e:
    print("caught", repr(e.code))
import atexit
atexit.register(lambda: print("atexit handler"))
sys.exit("fatal: really")
