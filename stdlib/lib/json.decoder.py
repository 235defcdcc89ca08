"""json.decoder: where CPython defines JSONDecoder and JSONDecodeError (both live in json)."""

from json import JSONDecoder, JSONDecodeError

__all__ = ['JSONDecoder', 'JSONDecodeError']
