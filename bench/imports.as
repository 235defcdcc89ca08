# Benchmark: start-up with imports — launching the interpreter and importing eight standard
# modules (most of them written in asyncscript, so this parses, compiles and runs their source).
import collections, functools, itertools, random, heapq, bisect, operator, math

print(len(dir(collections)) > 0, functools.reduce(operator.add, range(10)), math.floor(2.5))
