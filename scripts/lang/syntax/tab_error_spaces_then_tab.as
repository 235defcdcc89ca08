# Eight spaces, then a tab: the same column, but tabs and spaces mixed.
if True:
        x = 1
	y = 2
