# A UTF-8 byte order mark starts this file; it is not part of the text.
print("bom", "café")
