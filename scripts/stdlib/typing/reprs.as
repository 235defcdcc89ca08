# How typing's forms print: the reprs a script shows when it logs its annotations.
from typing import (Any, Optional, Union, List, Dict, Set, FrozenSet, Tuple, Callable, Type,
                    Awaitable, Coroutine, AsyncIterator, AsyncIterable, AsyncGenerator, Iterable,
                    Iterator, Generator, Sequence, Mapping, MutableMapping, Literal, Final,
                    ClassVar, Annotated, TypeVar)

T = TypeVar("T")
forms = [Any, Optional[int], Union[int, str], Union[str, None], Union[int, str, None], List,
         List[int], Dict[str, List[int]], Set[str], FrozenSet[int], Tuple[int, ...], Tuple[()],
         Tuple[str, int], Callable[[int, str], bool], Callable[..., Any], Type[Exception],
         Awaitable[int], Coroutine[Any, Any, str], AsyncIterator[bytes], AsyncIterable[int],
         AsyncGenerator[int, None], Iterable[T], Iterator[str], Generator[int, None, str],
         Sequence[float], Mapping[str, Any], MutableMapping[str, int], Literal["r", "w", 1],
         Final[int], ClassVar[Dict[str, int]], Annotated[float, "unit=m"], Optional[List[T]],
         List[None], Optional["Node"]]
for f in forms:
    print(repr(f))
print(Union[int], Union[int, Union[str, int]], Optional[int] == Union[None, int])
