# Raising the recursion limit for a deep recursive walk.
import sys

def depth(tree):
    if not tree:
        return 0
    return 1 + max(depth(child) for child in tree)

print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
chain = []
node = chain
for _ in range(50):
    child = []
    node.append(child)
    node = child
print(depth(chain))
for bad in (0, -5, "100", 1.5):
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
sys.setrecursionlimit(1000)
