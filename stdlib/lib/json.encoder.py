"""json.encoder: where CPython defines JSONEncoder (it lives in json) and the string escapers."""

from json import JSONEncoder
from _json_iter import INFINITY, encode_basestring, encode_basestring_ascii
