# loop.shutdown_asyncgens(), as CPython's BaseEventLoop has it: the async generators the
# loop saw started and still unfinished (agens, a list the loop hands over) are closed
# together, and an error closing one goes to the loop's exception handler.


async def _shutdown_asyncgens(loop, agens):
    if not len(agens):
        return
    results = await gather(*[ag.aclose() for ag in agens], return_exceptions=True)
    for result, agen in zip(results, agens):
        if isinstance(result, Exception):
            loop.call_exception_handler({
                'message': f'an error occurred during closing of '
                           f'asynchronous generator {agen!r}',
                'exception': result,
                'asyncgen': agen
            })
