# Benchmark: start-up cost only — the time to launch the interpreter, compile a one-line
# program and print.
print("hello, world")
