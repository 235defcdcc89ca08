# The signal numbers and enums a service names when it sets up shutdown handling.
import asyncio
import signal

print(signal.SIGINT, signal.SIGTERM, repr(signal.SIGINT), signal.SIGINT.name, signal.SIGTERM.value)
print(signal.Signals(15), repr(signal.Signals["SIGHUP"]), signal.SIGIOT is signal.SIGABRT, signal.SIGCLD.name)
print(isinstance(signal.SIGINT, int), signal.SIGINT == 2, signal.SIGINT + 0, f"{signal.SIGTERM:>4}", "%d" % signal.SIGKILL)
print(signal.strsignal(signal.SIGTERM), signal.strsignal(signal.SIGINT), signal.NSIG)
print(len(signal.valid_signals()), min(signal.valid_signals()), max(signal.valid_signals()))
print(repr(signal.SIG_DFL), signal.SIG_IGN, signal.Handlers(1), list(signal.Sigmasks))
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, repr(signal.getsignal(signal.SIGTERM)))
names = sorted(s.name for s in signal.Signals if s <= 15)
print(names)
try:
    signal.Signals(99)
except ValueError as e:
    print("ValueError:", e)
try:
    signal.strsignal(0)
except ValueError as e:
    print("ValueError:", e)
try:
    signal.default_int_handler(signal.SIGINT, None)
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))

SHUTDOWN = (signal.SIGINT, signal.SIGTERM)


async def main():
    for sig in SHUTDOWN:
        print("would handle", sig.name, int(sig))

asyncio.run(main())
