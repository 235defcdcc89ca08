"""The fnmatch module: Unix shell-style wildcards (*, ?, [seq], [!seq]) matched against
names, as in CPython 3.11. translate() gives CPython's regular expressions, and names are
not case-folded (os.path.normcase is the identity on POSIX)."""

import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_cache = {}
_CACHE_LIMIT = 32768


def fnmatch(name, pat):
    """Test whether name matches the shell pattern pat."""
    return fnmatchcase(name, pat)


def _compile_pattern(pat):
    match = _cache.get((type(pat), pat))
    if match is None:
        if isinstance(pat, bytes):
            res = bytes(translate(str(pat, "ISO-8859-1")), "ISO-8859-1")
        else:
            res = translate(pat)
        match = re.compile(res).match
        if len(_cache) >= _CACHE_LIMIT:
            _cache.clear()
        _cache[(type(pat), pat)] = match
    return match


def filter(names, pat):
    """Return the subset of the list names that match pat."""
    match = _compile_pattern(pat)
    return [name for name in names if match(name)]


def fnmatchcase(name, pat):
    """Test whether name matches pat, case-sensitively."""
    return _compile_pattern(pat)(name) is not None


def _escape_set_ops(stuff):
    # Set operations (&&, ~~, ||) escaped, which re may someday treat specially.
    return "".join("\\" + ch if ch in "&~|" else ch for ch in stuff)


def _bracket(pat, i, j):
    # The class of pat[i:j], the inside of a [...] in the pattern, as a regular expression.
    stuff = pat[i:j]
    if "-" not in stuff:
        stuff = stuff.replace("\\", r"\\")
    else:
        chunks = []
        k = i + 2 if pat[i] == "!" else i + 1
        while True:
            k = pat.find("-", k, j)
            if k < 0:
                break
            chunks.append(pat[i:k])
            i = k + 1
            k = k + 3
        chunk = pat[i:j]
        if chunk:
            chunks.append(chunk)
        else:
            chunks[-1] += "-"
        # Ranges whose ends are reversed are empty: drop them, as re would refuse them.
        for k in range(len(chunks) - 1, 0, -1):
            if chunks[k - 1][-1] > chunks[k][0]:
                chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
                del chunks[k]
        # Backslashes and hyphens that are not range separators are escaped.
        stuff = "-".join(s.replace("\\", r"\\").replace("-", r"\-") for s in chunks)
    stuff = _escape_set_ops(stuff)
    if not stuff:
        return "(?!)"  # an empty class never matches
    if stuff == "!":
        return "."  # a negated empty class matches any character
    if stuff[0] == "!":
        stuff = "^" + stuff[1:]
    elif stuff[0] in ("^", "["):
        stuff = "\\" + stuff
    return f"[{stuff}]"


_STAR = object()


def translate(pat):
    """Translate a shell pattern to a regular expression matching the whole name."""
    res = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            if not res or res[-1] is not _STAR:
                res.append(_STAR)  # consecutive stars are one
        elif c == "?":
            res.append(".")
        elif c == "[":
            j = i
            if j < n and pat[j] == "!":
                j += 1
            if j < n and pat[j] == "]":
                j += 1
            while j < n and pat[j] != "]":
                j += 1
            if j >= n:
                res.append("\\[")
            else:
                res.append(_bracket(pat, i, j))
                i = j + 1
        else:
            res.append(re.escape(c))
    return r"(?s:%s)\Z" % _join_stars(res)


def _join_stars(pieces):
    # The pieces with each star made a regular expression: the last is a greedy .*, each
    # interior star and the fixed text after it an atomic minimal match, so that matching
    # never backtracks into it.
    out = []
    i, n = 0, len(pieces)
    while i < n and pieces[i] is not _STAR:
        out.append(pieces[i])
        i += 1
    while i < n:
        i += 1  # a star
        if i == n:
            out.append(".*")
            break
        fixed = []
        while i < n and pieces[i] is not _STAR:
            fixed.append(pieces[i])
            i += 1
        fixed = "".join(fixed)
        if i == n:
            out.append(".*")
            out.append(fixed)
        else:
            out.append(f"(?>.*?{fixed})")
    return "".join(out)
