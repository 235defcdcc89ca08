import json
from collections import Counter, OrderedDict, defaultdict, namedtuple

votes = Counter(["red", "blue", "red", "green", "red", "blue"])
print(json.dumps(votes))
print(json.dumps(votes.most_common(2)))
od = OrderedDict([("z", 1), ("a", 2)])
print(json.dumps(od), json.dumps(od, sort_keys=True))
groups = defaultdict(list)
for word in ["ant", "bee", "asp", "bat"]:
    groups[word[0]].append(word)
print(json.dumps(groups, indent=2))
Point = namedtuple("Point", "x y")
print(json.dumps({"p": Point(1, 2)}))
print(dict(votes), list(votes), len(votes))
