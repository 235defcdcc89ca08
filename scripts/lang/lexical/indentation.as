# Checks: INDENT/DEDENT handling — nested blocks, several dedents at once, blank lines and
# comments at odd indentation inside blocks, a block indented with a tab, one-line suites.
def outer(n):
    total = 0
    for i in range(n):

        if i % 2 == 0:
              # a comment indented more than the code
            total += i
      # a comment indented less than the code
        else:
            if i > 2:
                    total += 100
                    print("deep", i)
    # dedent by several levels at once happened above
    return total

print(outer(6))

   # comment at odd indentation at module level

def tabbed(x):
	y = x * 2
	if y > 4:
		return y
	return -y

print(tabbed(1), tabbed(5))

if True: print("one-line suite")
for c in "ab": print("char", c)
while False: pass
def one(): return "one-liner"
print(one())

class K:
    def m(self):

        return "method after blank line"



print(K().m())
x = 1; y = 2; z = x + y   # several statements on one line
print(x, y, z)
if x:
    if y:
        if z:
            print("three levels")
print("back at top")
