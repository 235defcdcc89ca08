# get_origin and get_args: a tiny validator that walks annotations at run time.
from typing import List, Dict, Optional, Union, Tuple, Any, get_origin, get_args, Literal


def check(value, tp, path="value"):
    origin = get_origin(tp)
    if tp is Any:
        return []
    if origin is Union:
        for option in get_args(tp):
            if not check(value, option, path):
                return []
        return [f"{path}: {value!r} matches none of {tp}"]
    if origin is Literal:
        return [] if value in get_args(tp) else [f"{path}: {value!r} not in {get_args(tp)}"]
    if origin is list:
        if not isinstance(value, list):
            return [f"{path}: expected list, got {type(value).__name__}"]
        (item,) = get_args(tp)
        errs = []
        for i, v in enumerate(value):
            errs += check(v, item, f"{path}[{i}]")
        return errs
    if origin is dict:
        k, v = get_args(tp)
        errs = []
        for key, val in value.items():
            errs += check(key, k, f"{path}.key") + check(val, v, f"{path}[{key!r}]")
        return errs
    if origin is tuple:
        args = get_args(tp)
        return [e for i, (v, a) in enumerate(zip(value, args)) for e in check(v, a, f"{path}[{i}]")]
    if tp is type(None):
        return [] if value is None else [f"{path}: expected None"]
    return [] if isinstance(value, tp) else [f"{path}: expected {tp.__name__}, got {type(value).__name__}"]


schema = Dict[str, List[Optional[int]]]
print(get_origin(schema), get_args(schema), get_args(get_args(schema)[1]))
for data in [{"a": [1, None, 3]}, {"b": [1, "x"]}, {1: []}, {"c": "nope"}]:
    print(data, check(data, schema) or "ok")
print(check(("x", 2), Tuple[str, int]), check("rw", Literal["r", "w"]), check(3, Union[str, bytes]))
print(get_origin(int), get_args(int), get_origin(Optional[str]), get_args(Optional[str]))
