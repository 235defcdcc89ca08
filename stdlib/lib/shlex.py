"""The shlex module: split, quote and join command lines by POSIX shell rules, and the
shlex lexer class (POSIX and non-POSIX modes, whitespace_split, comments, push_token), as in
CPython 3.11. Not supported: split(None), which would read standard input, and the lexer's
punctuation_chars and source-file inclusion."""

import re as _re
from _shlex_lexer import shlex

__all__ = ["shlex", "split", "quote", "join"]

_WHITESPACE = " \t\r\n"


def split(s, comments=False, posix=True):
    """Split the string s using shell-like syntax."""
    if s is None:
        raise NotImplementedError("shlex.split(None) (reading standard input) is not "
                                  "supported by asyncscript")
    if not isinstance(s, str):
        raise AttributeError(f"'{type(s).__name__}' object has no attribute 'read'")
    if not posix:
        lexer = shlex(s)
        lexer.whitespace_split = True
        if not comments:
            lexer.commenters = ""
        return list(lexer)
    tokens = []
    token = []
    in_token = False  # a token has begun, even an empty quoted one
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        i += 1
        if c in _WHITESPACE:
            if in_token:
                tokens.append("".join(token))
                token, in_token = [], False
        elif comments and c == "#":
            end = s.find("\n", i)
            i = n if end < 0 else end + 1
            if in_token:
                tokens.append("".join(token))
                token, in_token = [], False
        elif c == "\\":
            if i == n:
                raise ValueError("No escaped character")
            token.append(s[i])
            i += 1
            in_token = True
        elif c in "'\"":
            in_token = True
            while True:
                if i == n:
                    raise ValueError("No closing quotation")
                d = s[i]
                i += 1
                if d == c:
                    break
                if c == '"' and d == "\\":
                    if i == n:
                        raise ValueError("No closing quotation")
                    if s[i] in '"\\':
                        d = s[i]
                        i += 1
                token.append(d)
        else:
            token.append(c)
            in_token = True
    if in_token:
        tokens.append("".join(token))
    return tokens


def join(split_command):
    """Return a shell-escaped string from split_command."""
    return " ".join(quote(arg) for arg in split_command)


_find_unsafe = _re.compile(r"[^\w@%+=:,./-]", _re.ASCII).search


def quote(s):
    """Return a shell-escaped version of the string s."""
    if not s:
        return "''"
    if not isinstance(s, str):
        raise TypeError(f"expected string or bytes-like object, got '{type(s).__name__}'")
    if _find_unsafe(s) is None:
        return s
    # Single quotes keep everything literal; a single quote itself becomes '"'"'.
    return "'" + s.replace("'", "'\"'\"'") + "'"
