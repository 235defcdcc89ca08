# asyncscript-only: sys.getsizeof reports that asyncscript does not support it
import sys

print("measuring")
sys.getsizeof([1, 2, 3])
