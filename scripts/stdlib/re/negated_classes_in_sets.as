# Character sets mixing negated classes (\W \S \D) with others, in any order: [^\W\d_] is
# the letters, [\W\d] the non-word characters and the digits.
import re
s = 'ab12_cd !\t\n x5 é٣'
for p in [r'[^\W\d]+', r'[^\Wa]+', r'[^a\W\d]+', r'[^\d\W]+', r'[^\da\W]+', r'[\W\d]+', r'[\d\W]+', r'[^\S\n]+', r'[^\n\S]+',
          r'[^\D5]+', r'[^5\D]+', r'[^\W\d\s]+', r'[^\s\d\W]+', r'[^\W\d_]+', r'[\S]+', r'[\Wx]+', r'[-\W]+']:
    print(p, re.findall(p, s))
