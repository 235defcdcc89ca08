# A block header on the last line, with no block.
for i in range(3):
