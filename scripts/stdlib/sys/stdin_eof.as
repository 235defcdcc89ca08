# Reading input until its end: standard input is empty here.
import sys

lines = sys.stdin.readlines()
print("lines read:", len(lines))
print(repr(sys.stdin.readline()))
try:
    answer = input("name? ")
except EOFError as e:
    print()
    print("EOFError:", e)
