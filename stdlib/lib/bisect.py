"""The bisect module: binary search and insertion into sorted lists.

The functions are Go, in _bisect (stdlib/bisect_core.go), as CPython's are C.
"""

from _bisect import bisect_left, bisect_right, insort_left, insort_right

bisect = bisect_right
insort = insort_right
