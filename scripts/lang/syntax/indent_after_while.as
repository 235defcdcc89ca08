# A while loop with no indented body.
while False:
pass
