# Start-up with the text modules imported (json, re, string, textwrap, base64, hashlib, uuid, pprint).
import json, re, string, textwrap, base64, hashlib, uuid, pprint
print("ok")
