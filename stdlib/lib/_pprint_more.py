"""pprint's layouts for collections' classes, SimpleNamespace, mappingproxy and dataclass
instances, as CPython lays them out over lines. pprint imports this module when such a value
first needs more than its line; each layout has the signature of PrettyPrinter's own
(printer, object, stream, indent, allowance, context, level)."""

import sys
import collections
import types


def _empty_or_named(object, stream):
    # Writes the repr of an empty object (which needs no layout) and returns None, else
    # writes "Name(" and returns the class name.
    if not len(object):
        stream.write(repr(object))
        return None
    name = type(object).__name__
    stream.write(name + '(')
    return name


def pprint_ordered_dict(printer, object, stream, indent, allowance, context, level):
    # OrderedDict([(key, value), ...]): its items laid out as a list.
    name = _empty_or_named(object, stream)
    if name is None:
        return
    printer._format(list(object.items()), stream, indent + len(name) + 1, allowance + 1,
                    context, level)
    stream.write(')')


def pprint_defaultdict(printer, object, stream, indent, allowance, context, level):
    # defaultdict(factory,\n           {...}): the factory on the first line, the dict below.
    if not len(object):
        stream.write(repr(object))
        return
    factory = printer._repr(object.default_factory, context, level)
    name = type(object).__name__
    indent += len(name) + 1
    stream.write(f"{name}({factory},\n{' ' * indent}")
    printer._pprint_dict(object, stream, indent, allowance + 1, context, level)
    stream.write(')')


def pprint_counter(printer, object, stream, indent, allowance, context, level):
    # Counter({key: count, ...}) in most_common order.
    name = _empty_or_named(object, stream)
    if name is None:
        return
    stream.write('{')
    if printer._indent_per_level > 1:
        stream.write((printer._indent_per_level - 1) * ' ')
    printer._format_dict_items(object.most_common(), stream, indent + len(name) + 1,
                               allowance + 2, context, level)
    stream.write('})')


def pprint_chain_map(printer, object, stream, indent, allowance, context, level):
    # ChainMap(map,\n         map, ...): one map after another.
    maps = object.maps
    if not maps or (len(maps) == 1 and not maps[0]):
        stream.write(repr(object))
        return
    name = type(object).__name__
    stream.write(name + '(')
    indent += len(name) + 1
    for i, m in enumerate(maps):
        if i == len(maps) - 1:
            printer._format(m, stream, indent, allowance + 1, context, level)
            stream.write(')')
        else:
            printer._format(m, stream, indent, 1, context, level)
            stream.write(',\n' + ' ' * indent)


def pprint_deque(printer, object, stream, indent, allowance, context, level):
    # deque([items...]) or deque([items...],\n      maxlen=N).
    name = _empty_or_named(object, stream)
    if name is None:
        return
    indent += len(name) + 1
    stream.write('[')
    if object.maxlen is None:
        printer._format_items(object, stream, indent, allowance + 2, context, level)
        stream.write('])')
        return
    printer._format_items(object, stream, indent, 2, context, level)
    maxlen = printer._repr(object.maxlen, context, level)
    stream.write(f"],\n{' ' * indent}maxlen={maxlen})")


def pprint_mapping_proxy(printer, object, stream, indent, allowance, context, level):
    # mappingproxy({...}): a copy of the mapping it shows, laid out.
    stream.write('mappingproxy(')
    printer._format(object.copy(), stream, indent + 13, allowance + 1, context, level)
    stream.write(')')


def pprint_user_wrapper(printer, object, stream, indent, allowance, context, level):
    # A UserDict, UserList or UserString: its .data, at the wrapper's own level.
    printer._format(object.data, stream, indent, allowance, context, level - 1)


def _format_fields(printer, pairs, stream, indent, allowance, context, level):
    # name=value, one a line, as a namespace's or a dataclass's repr shows its fields.
    last = len(pairs) - 1
    for i, (key, value) in enumerate(pairs):
        stream.write(key + '=')
        if id(value) in context:
            stream.write('...')
        else:
            printer._format(value, stream, indent + len(key) + 1,
                            allowance if i == last else 1, context, level)
        if i != last:
            stream.write(',\n' + ' ' * indent)


def pprint_namespace(printer, object, stream, indent, allowance, context, level):
    # namespace(a=...,\n          b=...): SimpleNamespace's repr over lines.
    cls = type(object)
    name = 'namespace' if cls is types.SimpleNamespace else cls.__name__
    stream.write(name + '(')
    _format_fields(printer, list(object.__dict__.items()), stream, indent + len(name) + 1,
                   allowance, context, level)
    stream.write(')')


def pprint_dataclass(printer, object, stream, indent, allowance, context, level):
    # Name(field=...,\n     field=...): the fields its repr shows.
    import dataclasses
    name = type(object).__name__
    pairs = [(f.name, getattr(object, f.name)) for f in dataclasses.fields(object) if f.repr]
    stream.write(name + '(')
    _format_fields(printer, pairs, stream, indent + len(name) + 1, allowance, context, level)
    stream.write(')')


def layouts():
    """The layouts by the __repr__ of the classes they are for. The User classes are among
    them once collections has loaded them."""
    found = {
        collections.OrderedDict.__repr__: pprint_ordered_dict,
        collections.defaultdict.__repr__: pprint_defaultdict,
        collections.Counter.__repr__: pprint_counter,
        collections.ChainMap.__repr__: pprint_chain_map,
        collections.deque.__repr__: pprint_deque,
        types.SimpleNamespace.__repr__: pprint_namespace,
        types.MappingProxyType.__repr__: pprint_mapping_proxy,
    }
    user = sys.modules.get('_collections_user')
    if user is not None:
        for cls in (user.UserDict, user.UserList, user.UserString):
            found[cls.__repr__] = pprint_user_wrapper
    return found
